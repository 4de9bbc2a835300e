// Bootstrap's stylesheet trimmed to the rules the app can use: a class survives when a page, a C# file (a page's own
// too: the catalogue writes its cards and facet links in C#), a resource or a script of ours names it, or when
// Bootstrap's script adds it at run time to the two components the pages use (collapse and dropdown: show, collapsing…).
// Run by the build (target TrimBootstrap in Ocop.Web.csproj) whenever one of those files changes; a page using another
// of Bootstrap's scripted components adds its run-time classes below.
//   node Build/trim-bootstrap.mjs <output.css>
import { PurgeCSS } from 'purgecss';
import { writeFileSync } from 'node:fs';

const output = process.argv[2];
const [result] = await new PurgeCSS().purge({
  css: ['node_modules/bootstrap/dist/css/bootstrap.min.css'],
  content: [
    'Pages/**/*.cshtml', 'Areas/**/*.cshtml', 'Pages/**/*.cs', 'Areas/**/*.cs', 'Features/**/*.cs', 'Infrastructure/**/*.cs',
    'Resources/*.resx',
    'wwwroot/js/*.js',
  ],
  safelist: {
    // Attributes set at run time (data-bs-popper by the dropdown script) or that a tag helper may write (multiple).
    greedy: [/data-bs-popper/, /multiple/],
    standard: [
      // Classes the collapse and dropdown scripts add and read.
      /^(show|fade|collapse|collapsing|collapsed|collapse-horizontal|dropdown-menu-end|dropdown-menu-start)$/,
      // Elements styled by Bootstrap's reboot may come from Markdown or visitors' text rather than from our markup.
      /^(html|body|h[1-6]|p|a|ul|ol|li|dl|dt|dd|table|caption|thead|tbody|tfoot|tr|th|td|blockquote|pre|code|kbd|samp|mark|small|sub|sup|abbr|hr|img|svg|figure|figcaption|address|b|strong|em|details|summary|button|input|select|textarea|label|legend|fieldset|output|progress|iframe)$/,
    ],
  },
});
// The source map belongs to the whole stylesheet, not to this one.
writeFileSync(output, result.css.replace(/\/\*# sourceMappingURL=[^*]*\*\/\s*$/, ''));
