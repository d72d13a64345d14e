/**
 * The XSS corpus: vector shapes (script tags, event handlers, javascript: and data: URLs, SVG
 * and MathML confusion, CSS url()/expression/@import, mutation XSS, template injection), each
 * written as is, in mixed case and after an attribute-breaking prefix. A vector that runs calls
 * `__pwned(n)` or asks the canary address for `/n`, so a hit says which one ran. Used by the
 * end-to-end XSS test (every view) and the print-isolation test (every printed item).
 */

export const CANARY = 'http://127.0.0.1:9';

/** Vector shapes; `§` becomes the vector's number, so a hit says which one ran. */
export const SHAPES = [
  '<script>__pwned(§)</script>',
  '<img src=x onerror="__pwned(§)">',
  `<img src="${CANARY}/§">`,
  '<svg onload="__pwned(§)"></svg>',
  '<svg><script>__pwned(§)</script></svg>',
  '<body onload="__pwned(§)">',
  '<iframe src="javascript:__pwned(§)"></iframe>',
  '<iframe srcdoc="&lt;script&gt;parent.__pwned(§)&lt;/script&gt;"></iframe>',
  '<a href="javascript:__pwned(§)">click §</a>',
  '<a href="data:text/html,<script>__pwned(§)</script>">data §</a>',
  '<object data="javascript:__pwned(§)"></object>',
  '<embed src="javascript:__pwned(§)">',
  `<div style="background:url(${CANARY}/§)">styled §</div>`,
  '<div style="width:expression(__pwned(§))">expr §</div>',
  `<style>@import '${CANARY}/§';</style>`,
  `<link rel=stylesheet href="${CANARY}/§">`,
  '<noscript><p title="</noscript><img src=x onerror=__pwned(§)>"></noscript>',
  '<math><mtext><table><mglyph><style><img src=x onerror=__pwned(§)>',
  '<svg><style><img src=x onerror=__pwned(§)></style></svg>',
  '<form><math><mtext></form><form><mglyph><style></math><img src onerror=__pwned(§)>',
  '<details open ontoggle=__pwned(§)>',
  '<video><source onerror=__pwned(§)></video>',
  '<audio src=x onerror=__pwned(§)>',
  '<input autofocus onfocus=__pwned(§)>',
  '<marquee onstart=__pwned(§)>m</marquee>',
  '<meta http-equiv="refresh" content="0;url=javascript:__pwned(§)">',
  `<base href="${CANARY}/§/">`,
  '"><script>__pwned(§)</script>',
  "'><img src=x onerror=__pwned(§)>",
  'javascript:__pwned(§)',
  `<img srcset="${CANARY}/§ 1x">`,
  `<picture><source srcset="${CANARY}/§"><img alt=p></picture>`,
  '<svg><a xlink:href="javascript:__pwned(§)"><text>x</text></a></svg>',
  '<svg><animate onbegin=__pwned(§) attributeName=x dur=1s>',
  '<template><script>__pwned(§)</script></template>',
  '<textarea></textarea><img src=x onerror=__pwned(§)>',
  '<title><img src=x onerror=__pwned(§)></title>',
  '<xmp><img src=x onerror=__pwned(§)></xmp>',
  `<object data="${CANARY}/§"></object>`,
  '<a href="&#106;avascript:__pwned(§)">entity §</a>',
  '<img src=x:x onerror=&#95;_pwned(§)>',
  "{{constructor.constructor('__pwned(§)')()}}",
  '${__pwned(§)}',
  '<svg><foreignObject><img src=x onerror=__pwned(§)></foreignObject></svg>',
  `<img src="x" onerror="fetch('${CANARY}/§')">`,
  '<a href="vbscript:__pwned(§)">vb §</a>',
];
/** Each shape as written, in mixed case, and after an attribute-breaking prefix. */
export const VECTORS = SHAPES.flatMap((shape) => [
  shape,
  shape
    .replace(/<([a-z]+)/g, (_, tag: string) => `<${tag[0]?.toUpperCase()}${tag.slice(1)}`)
    .replace(/on([a-z])/g, 'ON$1'),
  `x" autofocus onfocus="__pwned(§)" a="${shape}`,
]).map((vector, i) => vector.replaceAll('§', String(i + 1)));
