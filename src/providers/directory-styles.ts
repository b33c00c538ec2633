// The directory page's own stylesheet, served by the app (no CDN, no web fonts), in the plain GOV.UK manner.
export const DIRECTORY_CSS = `
*, *::before, *::after { box-sizing: border-box; }
html { font-size: 100%; }
body { margin: 0; font-family: Arial, Helvetica, sans-serif; font-size: 1.1875rem; line-height: 1.32; color: #0b0c0c; background: #ffffff; }
a, .link { color: #1d70b8; text-decoration: underline; text-underline-offset: 0.1em; }
a:hover { color: #003078; }
a:focus, .link:focus { outline: 3px solid transparent; color: #0b0c0c; background-color: #ffdd00; box-shadow: 0 -2px #ffdd00, 0 4px #0b0c0c; text-decoration: none; }
.skip-link { position: absolute; left: -9999px; top: 0; padding: 10px 15px; background: #ffdd00; color: #0b0c0c; z-index: 10; }
.skip-link:focus { left: 0; }
.width-container { max-width: 960px; margin: 0 15px; }
@media (min-width: 990px) { .width-container { margin: 0 auto; } }
.header { background: #0b0c0c; color: #ffffff; border-bottom: 10px solid #1d70b8; }
.header__service { margin: 0; padding: 15px 0; font-weight: 700; font-size: 1.5rem; }
.main { display: block; padding: 30px 0 40px; }
.main:focus { outline: none; }
.heading-xl { font-size: 2.5rem; line-height: 1.1; margin: 0 0 30px; }
.heading-l { font-size: 1.75rem; margin: 40px 0 15px; }
.lead { font-size: 1.3rem; margin: 0 0 30px; max-width: 40em; }
.filters { background: #f3f2f1; padding: 20px; display: grid; gap: 20px; }
@media (min-width: 768px) { .filters { grid-template-columns: 1fr 1fr; align-items: end; } }
.form-group { margin: 0; }
.label { display: block; font-weight: 700; margin-bottom: 5px; }
.select, .input { font: inherit; width: 100%; min-height: 40px; padding: 5px; border: 2px solid #0b0c0c; border-radius: 0; background: #ffffff; color: #0b0c0c; }
.select:focus, .input:focus { outline: 3px solid #ffdd00; outline-offset: 0; box-shadow: inset 0 0 0 2px #0b0c0c; }
.button { font: inherit; font-weight: 400; color: #ffffff; background: #00703c; border: 2px solid transparent; border-radius: 0; padding: 8px 10px 7px; box-shadow: 0 2px 0 #002d18; cursor: pointer; justify-self: start; }
.button:hover { background: #005a30; }
.button:focus { outline: 3px solid transparent; background: #ffdd00; color: #0b0c0c; box-shadow: 0 2px 0 #0b0c0c; border-color: #ffdd00; }
.result-count { font-weight: 700; }
.results { list-style: none; margin: 0; padding: 0; }
.result { border-top: 1px solid #b1b4b6; padding: 20px 0; }
.result__name { font-size: 1.5rem; margin: 0 0 10px; }
.result__lots-heading { font-size: 1.1875rem; margin: 15px 0 5px; }
.summary { margin: 0; }
.summary__row { display: flex; flex-wrap: wrap; gap: 0 15px; margin-bottom: 5px; }
.summary dt { font-weight: 700; min-width: 9em; }
.summary dd { margin: 0; }
.result__description { max-width: 40em; }
.tags { list-style: none; padding: 0; margin: 0; display: flex; flex-wrap: wrap; gap: 5px; }
.tag { display: inline-block; background: #d2e2f1; color: #0c2d4a; padding: 2px 8px; font-size: 1rem; }
.empty-state { border-left: 5px solid #1d70b8; padding: 10px 20px; background: #f3f2f1; }
.empty-state__title { font-weight: 700; }
.footer { border-top: 1px solid #b1b4b6; background: #f3f2f1; padding: 20px 0; font-size: 1rem; color: #0b0c0c; }
`;
