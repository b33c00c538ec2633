import { escapeHtml, renderDirectoryPage } from './directory-page';
import { DirectoryDto, DirectoryLotDto } from './dto/directory.dto';

const lot: DirectoryLotDto = {
  lotId: '11111111-1111-4111-8111-111111111111',
  frameworkReference: 'BURY-AP-2027',
  frameworkTitle: 'Bury AP Framework',
  number: 2,
  title: 'Targeted & blended',
};

function directory(overrides: Partial<DirectoryDto> = {}): DirectoryDto {
  return {
    date: '2026-09-01',
    availableLots: [lot],
    data: [
      {
        providerId: '22222222-2222-4222-8222-222222222222',
        name: 'Riverside <Skills> & "Work"',
        category: 'non_school' as DirectoryDto['data'][number]['category'],
        registrationStatus: 'unregistered' as DirectoryDto['data'][number]['registrationStatus'],
        urn: null,
        postcodeDistrict: 'BL9',
        description: "<script>alert('x')</script>",
        sme: true,
        vcse: false,
        lots: [lot],
      },
    ],
    ...overrides,
  };
}

describe('the directory page', () => {
  it('escapes every value it shows, so a provider name cannot inject markup', () => {
    const html = renderDirectoryPage(directory(), {});
    expect(html).toContain('Riverside &lt;Skills&gt; &amp; &quot;Work&quot;');
    expect(html).toContain('&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;');
    expect(html).not.toContain('<script');
    expect(html).toContain('Targeted &amp; blended');
  });

  it('is an English page with a skip link, one h1, a labelled GET filter form and a result count', () => {
    const html = renderDirectoryPage(directory(), {});
    expect(html).toContain('<html lang="en-GB">');
    expect(html).toContain('<a href="#main-content" class="skip-link">');
    expect(html.match(/<h1/g)).toHaveLength(1);
    expect(html).toContain('<form method="get" action="/directory"');
    for (const id of ['lotId', 'category', 'q']) expect(html).toContain(`<label class="label" for="${id}">`);
    expect(html).toContain('<link rel="stylesheet" href="/directory/styles.css">');
    expect(html).toContain('1 provider</p>');
    expect(html).toContain('BL9 postcode district');
    expect(html).toContain('1 September 2026');
  });

  it('keeps the chosen filters selected and shows a clear empty state', () => {
    const html = renderDirectoryPage(directory({ data: [] }), { lotId: lot.lotId, q: 'forest "school"' });
    expect(html).toContain(`<option value="${lot.lotId}" selected>`);
    expect(html).toContain('value="forest &quot;school&quot;"');
    expect(html).toContain('0 providers match your filters');
    expect(html).toContain('No providers match your filters.');
    expect(html).toContain('<a href="/directory" class="link">Clear the filters</a>');
  });

  it('escapes the five HTML-significant characters', () => {
    expect(escapeHtml(`&<>"'`)).toBe('&amp;&lt;&gt;&quot;&#39;');
  });
});
