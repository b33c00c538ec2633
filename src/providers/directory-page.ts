// Pure HTML rendering of the public AP Directory (no framework imports). Every value is escaped.
import type {
  DirectoryDto,
  DirectoryEntryDto,
  DirectoryLotDto,
  DirectoryQueryDto,
} from './dto/directory.dto';

const CATEGORY_LABELS: Record<string, string> = {
  ap_academy: 'Alternative provision academy',
  pru: 'Pupil referral unit',
  independent_school: 'Independent school',
  special_school: 'Special school',
  mainstream_school: 'Mainstream school',
  fe_college: 'Further education college',
  non_school: 'Non-school provider',
  tuition: 'Tuition provider',
  online: 'Online provider',
};

export function escapeHtml(value: string): string {
  return value.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );
}

function lotLabel(lot: DirectoryLotDto): string {
  return `${lot.frameworkReference} – Lot ${lot.number}: ${lot.title}`;
}

function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  const months = [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ];
  return `${d} ${months[m - 1]} ${y}`;
}

function option(value: string, label: string, selected: boolean): string {
  return `<option value="${escapeHtml(value)}"${selected ? ' selected' : ''}>${escapeHtml(label)}</option>`;
}

function renderEntry(entry: DirectoryEntryDto): string {
  const flags = [
    entry.sme ? 'Small or medium-sized enterprise' : null,
    entry.vcse ? 'Voluntary, community or social enterprise' : null,
  ]
    .filter((flag): flag is string => flag !== null)
    .join('; ');
  const rows: [string, string][] = [
    ['Type', CATEGORY_LABELS[entry.category] ?? entry.category],
    [
      'Registration',
      (entry.registrationStatus as string) === 'registered'
        ? 'Registered school or setting'
        : 'Unregistered provider',
    ],
    ...(entry.urn ? ([['URN', entry.urn]] as [string, string][]) : []),
    ['Area', `${entry.postcodeDistrict} postcode district`],
    ...(flags ? ([['Organisation', flags]] as [string, string][]) : []),
  ];
  return [
    '<li class="result">',
    `<h3 class="result__name">${escapeHtml(entry.name)}</h3>`,
    '<dl class="summary">',
    ...rows.map(
      ([key, value]) =>
        `<div class="summary__row"><dt>${escapeHtml(key)}</dt><dd>${escapeHtml(value)}</dd></div>`,
    ),
    '</dl>',
    entry.description ? `<p class="result__description">${escapeHtml(entry.description)}</p>` : '',
    '<h4 class="result__lots-heading">Lots</h4>',
    '<ul class="tags">',
    ...entry.lots.map((lot) => `<li class="tag">${escapeHtml(lotLabel(lot))}</li>`),
    '</ul>',
    '</li>',
  ].join('\n');
}

export function renderDirectoryPage(directory: DirectoryDto, query: DirectoryQueryDto): string {
  const count = directory.data.length;
  const filtered = Boolean(query.lotId || query.q || query.category);
  const countText = `${count} provider${count === 1 ? '' : 's'}${filtered ? ' match your filters' : ''}`;
  const results =
    count === 0
      ? [
          '<div class="empty-state" id="empty-state">',
          `<p class="empty-state__title">No providers ${filtered ? 'match your filters' : 'are listed today'}.</p>`,
          filtered
            ? '<p>Try another lot or type of provider, or fewer search words.</p><p><a href="/directory" class="link">Clear the filters</a></p>'
            : '',
          '</div>',
        ].join('\n')
      : `<ul class="results" id="results">\n${directory.data.map(renderEntry).join('\n')}\n</ul>`;
  return `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${filtered ? 'Search results – ' : ''}AP Directory – approved alternative provision providers</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/directory/styles.css">
</head>
<body>
<a href="#main-content" class="skip-link">Skip to main content</a>
<header class="header">
<div class="width-container"><p class="header__service">AP Directory</p></div>
</header>
<div class="width-container">
<main id="main-content" class="main" tabindex="-1">
<h1 class="heading-xl">Approved alternative provision providers</h1>
<p class="lead">Providers the council has approved after due-diligence checks and that can take new placements today, ${escapeHtml(formatDate(directory.date))}. Contact the council’s alternative provision team to arrange a place.</p>
<form method="get" action="/directory" class="filters" role="search" aria-label="Filter providers">
<div class="form-group">
<label class="label" for="lotId">Lot</label>
<select class="select" id="lotId" name="lotId">
${[option('', 'All lots', !query.lotId), ...directory.availableLots.map((lot) => option(lot.lotId, lotLabel(lot), lot.lotId === query.lotId))].join('\n')}
</select>
</div>
<div class="form-group">
<label class="label" for="category">Type of provider</label>
<select class="select" id="category" name="category">
${[option('', 'All types', !query.category), ...Object.entries(CATEGORY_LABELS).map(([value, label]) => option(value, label, value === (query.category as string | undefined)))].join('\n')}
</select>
</div>
<div class="form-group">
<label class="label" for="q">Search by name or description</label>
<input class="input" id="q" name="q" type="search" maxlength="100" value="${escapeHtml(query.q ?? '')}">
</div>
<button type="submit" class="button">Apply filters</button>
</form>
<h2 class="heading-l" id="results-heading">Results</h2>
<p class="result-count" id="result-count">${escapeHtml(countText)}</p>
${results}
</main>
</div>
<footer class="footer">
<div class="width-container"><p>Published by the council as part of its Local Offer. The directory lists no personal data.</p></div>
</footer>
</body>
</html>
`;
}
