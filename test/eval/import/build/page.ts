/**
 * A whole web page around a document: the site's header, navigation, breadcrumbs, labels,
 * "Published | Updated" lines, datelines, intro sentences, captions, share bars, contents
 * lists, related links, newsletter boxes, cookie banners and footers, in one of four
 * skeletons (government, news, organisation, aggregator). Every site string printed is
 * offered as a cruft candidate for the ground truth.
 */
import type { BodyStyle } from './body.ts';
import { bodyHtml } from './body.ts';
import type { Doc } from './model.ts';
import { escapeHtml as e, headingText } from './model.ts';
import type { Site } from './sites.ts';

export interface WebPage {
  html: string;
  /** Site strings, most distinctive first; the generator keeps those present in the source. */
  cruft: string[];
  /** CSS selectors where a reader's selection starts and ends (for paste sources). */
  selectFrom: string;
  selectTo: string;
}

export function webPage(doc: Doc, site: Site): WebPage {
  const o = doc.opts;
  const cruft: string[] = [];
  const c = (s: string | undefined): string => {
    if (s) cruft.push(s);
    return e(s ?? '');
  };
  if (o.dateline) cruft.push(o.dateline);
  const titleAs = o.titleAs ?? 'h1';
  const h1Text = o.h1 ?? doc.title;
  const headTitle = o.headTitle ?? `${h1Text}${site.titleSeparator ?? ' - '}${site.name}`;
  const ogTitle = site.ogTitle === 'h1' ? h1Text : site.ogTitle === 'none' ? null : doc.title;
  const style: BodyStyle = {
    heading: (o.heading as BodyStyle['heading']) ?? site.heading ?? 'h2',
    numbers: (o.numbers as BodyStyle['numbers']) ?? 'inline',
    dateline: o.dateline,
    letters: o.letters,
    notesHeading: site.notesHeading,
  };

  const head = [
    '<!DOCTYPE html>',
    `<html lang="${doc.language === 'fr' ? 'fr-CA' : 'en'}" class="no-js">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${e(headTitle)}</title>`,
    `<meta name="description" content="${e(o.description ?? firstText(doc).slice(0, 150))}">`,
    ogTitle === null ? '' : `<meta property="og:title" content="${e(ogTitle)}">`,
    `<meta property="og:site_name" content="${e(site.name)}">`,
    `<meta property="og:type" content="${doc.kind === 'news' ? 'article' : 'website'}">`,
    `<meta property="og:url" content="https://${site.domain}/${slug(doc.title)}">`,
    o.ogImage === 'no' ? '' : `<meta property="og:image" content="https://${site.domain}/assets/share-card.jpg">`,
    doc.date && o.metaDate !== 'no'
      ? `<meta property="article:published_time" content="${o.metaDate ?? doc.date}T09:00:00-04:00">`
      : '',
    `<meta name="twitter:card" content="summary_large_image">`,
    `<link rel="stylesheet" href="/assets/${site.key}.css">`,
    `<link rel="canonical" href="https://${site.domain}/${slug(doc.title)}">`,
    `<script>document.documentElement.className = document.documentElement.className.replace('no-js', 'js');</script>`,
    `<script async src="https://stats.${site.domain}/tag.js"></script>`,
    `<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': doc.kind === 'news' ? 'NewsArticle' : 'WebPage', headline: ogTitle ?? h1Text, publisher: { '@type': 'Organization', name: site.name } })}</script>`,
    '<style>body{font-family:Helvetica,Arial,sans-serif;max-width:1100px;margin:0 auto;line-height:1.45} nav ul{list-style:none;display:flex;gap:1em;padding:0} .crumbs ol{list-style:none;display:flex;gap:.5em;padding:0} .crumbs li+li:before{content:"\\203A  "} .share ul{list-style:none;display:flex;gap:.8em;padding:0} aside{border-top:1px solid #ccc;margin-top:2em} figure{margin:1em 0} figcaption{font-size:.85em;color:#555} .cookie{background:#eee;padding:1em}</style>',
    '</head>',
  ].filter(Boolean);

  const cookie = site.cookie
    ? `<div class="cookie" role="dialog" aria-label="${e(site.cookie.label)}"><p>${c(site.cookie.text)}</p><button>${c(site.cookie.accept)}</button> <button>${e(site.cookie.refuse)}</button></div>`
    : '';
  const skip = site.skip ? `<a class="skip" href="#main">${c(site.skip)}</a>` : '';
  const masthead = [
    `<header class="site-header">`,
    skip,
    site.langToggle
      ? `<div class="lang"><a href="#" lang="${doc.language === 'fr' ? 'en' : 'fr'}">${c(site.langToggle)}</a></div>`
      : '',
    `<div class="brand"><a href="/">${e(site.name)}</a>${site.tagline ? `<span class="tagline">${c(site.tagline)}</span>` : ''}</div>`,
    site.search
      ? `<form role="search"><label>${c(site.search)}<input type="search" name="q"></label><button>${e(site.searchButton ?? 'Search')}</button></form>`
      : '',
    site.account ? `<div class="account"><a href="#">${c(site.account)}</a></div>` : '',
    `<nav aria-label="Menu"><ul>${site.nav.map((n) => `<li><a href="#">${e(n)}</a></li>`).join('')}</ul></nav>`,
    site.ticker
      ? `<div class="ticker"><strong>${c(site.ticker.label)}</strong> ${site.ticker.items.map((t) => `<a href="#">${e(t)}</a>`).join(' · ')}</div>`
      : '',
    `</header>`,
  ];
  cruft.push(...site.nav.slice(0, 2));

  const crumbs = [...(site.crumbs ?? []), ...(o.crumbs ? o.crumbs.split(' > ') : [])];
  const breadcrumb =
    crumbs.length > 0
      ? `<nav class="crumbs" aria-label="${e(site.crumbsLabel ?? 'Breadcrumb')}"><ol>${crumbs.map((x) => `<li><a href="#">${e(x)}</a></li>`).join('')}</ol></nav>`
      : '';
  if (crumbs.length > 1) cruft.push(crumbs[1]!);

  const share = site.share
    ? `<div class="share"><span>${c(site.share.label)}</span><ul>${site.share.items.map((s) => `<li><a href="#">${s.length >= 8 ? c(s) : e(s)}</a></li>`).join('')}</ul></div>`
    : '';
  const label = o.label ? `<p class="doc-type">${c(o.label)}</p>` : '';
  const h1 = titleAs === 'none' ? '' : `<h1 id="title">${e(titleAs === 'h1' ? h1Text : (o.h1 ?? ''))}</h1>`;
  if (titleAs !== 'h1' && o.h1) cruft.push(o.h1);
  const demoted = titleAs === 'h2' ? `<h2 class="doc-title">${e(doc.title)}</h2>` : '';
  const from = o.from
    ? `<p class="from"><span>${c(site.fromLabel ?? 'From:')}</span> <a href="#">${e(o.from)}</a></p>`
    : '';
  const metaline = o.metaline ? `<p class="meta">${c(o.metaline)}</p>` : '';
  const published = o.published
    ? `<p class="published"><time datetime="${e(o.publishedIso ?? doc.date ?? '')}">${c(o.published)}</time></p>`
    : '';
  const byline = o.byline ? `<p class="byline">${c(o.byline)}</p>` : '';
  const figure = o.caption
    ? `<figure><img src="/media/${slug(o.caption).slice(0, 30)}.jpg" alt=""><figcaption>${c(o.caption)}${o.credit ? ` <span class="credit">${c(o.credit)}</span>` : ''}</figcaption></figure>`
    : '';
  const contents =
    o.contents === 'glued'
      ? `<div class="toc"><p><strong>${c(site.contentsLabel ?? 'Contents')}</strong>${doc.blocks
          .filter((b) => b.type === 'heading')
          .map((b) => `<a href="#">${e(headingText(b as Extract<typeof b, { type: 'heading' }>))}</a>`)
          .join('')}</p></div>`
      : o.contents === 'list'
        ? `<nav class="toc"><h2>${c(site.contentsLabel ?? 'Contents')}</h2><ul>${doc.blocks
            .filter((b) => b.type === 'heading')
            .map((b) => `<li><a href="#">${e(headingText(b as Extract<typeof b, { type: 'heading' }>))}</a></li>`)
            .join('')}</ul></nav>`
        : '';
  const datelineLine = o.datelineLine ? `<p class="dateline"><strong>${c(o.datelineLine)}</strong></p>` : '';
  const intro = o.intro ? `<p class="intro">${c(o.intro)}</p>` : '';
  const lead = o.lead === 'repeat' ? `<p class="standfirst">${e(firstText(doc))}</p>` : '';
  const endmark = [
    o.endmark ? `<p class="end">${e(o.endmark)}</p>` : '',
    ...(o.post ?? '')
      .split(' / ')
      .filter(Boolean)
      .map((line) => `<p class="post">${c(line)}</p>`),
  ].join('');
  const contacts = o.contacts
    ? `<section class="contacts"><h2>${c(site.contactsLabel ?? 'Contacts')}</h2>${o.contacts
        .split(' / ')
        .map((x, i) => `<p>${i === 0 ? c(x) : e(x)}</p>`)
        .join('')}</section>`
    : '';
  const related = site.related
    ? `<aside class="related"><h2>${c(site.related.heading)}</h2><ul>${site.related.items.map((r, i) => `<li><a href="#">${i === 0 ? c(r) : e(r)}</a></li>`).join('')}</ul></aside>`
    : '';
  const newsletter = site.newsletter
    ? `<section class="newsletter"><h2>${c(site.newsletter.heading)}</h2><p>${e(site.newsletter.text)}</p><form><input type="email" placeholder="${e(site.newsletter.placeholder ?? 'Email')}"><button>${e(site.newsletter.button)}</button></form></section>`
    : '';
  const modified = site.modified
    ? `<dl class="modified"><dt>${c(site.modified)}</dt><dd><time>${e(o.modified ?? o.publishedIso ?? doc.date ?? '')}</time></dd></dl>`
    : '';
  const feedback = site.feedback
    ? `<section class="feedback"><p>${c(site.feedback)}</p><button>${e(site.feedbackYes ?? 'Yes')}</button><button>${e(site.feedbackNo ?? 'No')}</button></section>`
    : '';
  const footer = `<footer class="site-footer">${site.footer.map((g) => `<ul>${g.map((l) => `<li><a href="#">${e(l)}</a></li>`).join('')}</ul>`).join('')}<p>${c(site.footerNote)}</p></footer>`;
  cruft.push(site.footer[0]?.[0] ?? '');
  const article = (bodyTop: string, bodyBottom: string): string =>
    [
      `<article class="${o.kindClass ?? 'content'}">`,
      `<header class="article-header">`,
      label,
      h1,
      site.shareTop ? share : '',
      from,
      metaline,
      published,
      byline,
      `</header>`,
      figure,
      contents,
      datelineLine,
      `<div class="body" id="text">`,
      bodyTop,
      intro,
      lead,
      demoted,
      bodyHtml(doc, style),
      endmark,
      contacts,
      bodyBottom,
      `</div>`,
      site.shareTop ? '' : share,
      `</article>`,
    ]
      .filter(Boolean)
      .join('\n');

  let main: string;
  if (site.skeleton === 'news') {
    main = [
      `<main id="main">`,
      o.section ? `<p class="rubric"><a href="#">${c(o.section)}</a></p>` : '',
      article(
        '',
        o.readAlso
          ? `<p class="read-also"><span>${c(site.readAlsoLabel ?? 'Read also')}</span> <a href="#">${c(o.readAlso)}</a></p>`
          : '',
      ),
      newsletter,
      related,
      site.comments
        ? `<section class="comments"><h2>${c(site.comments)}</h2><p>${e(site.commentsText ?? '')}</p></section>`
        : '',
      `</main>`,
    ].join('\n');
  } else if (site.skeleton === 'agg') {
    main = [
      `<div class="layout"><main id="main">`,
      breadcrumb,
      o.tags
        ? `<p class="tags">${o.tags
            .split(', ')
            .map((t) => `<a href="#">${e(t)}</a>`)
            .join(' ')}</p>`
        : '',
      article('', ''),
      `</main>`,
      `<aside class="sidebar"><h2>${c(site.sidebar?.heading)}</h2><ol>${(site.sidebar?.items ?? []).map((x) => `<li><a href="#">${e(x)}</a></li>`).join('')}</ol></aside>`,
      newsletter,
      related,
      `</div>`,
    ].join('\n');
  } else if (site.skeleton === 'org') {
    main = [
      `<div class="page">`,
      breadcrumb,
      `<main id="main" role="main">`,
      article('', ''),
      feedback,
      modified,
      `</main>`,
      related,
      newsletter,
      `</div>`,
    ].join('\n');
  } else {
    main = [
      breadcrumb,
      `<main id="main" property="mainContentOfPage">`,
      article('', ''),
      related,
      feedback,
      modified,
      `</main>`,
      newsletter,
    ].join('\n');
  }

  const html = [
    ...head,
    `<body class="${site.key}">`,
    cookie,
    ...masthead.filter(Boolean),
    main,
    footer,
    `<script src="/assets/${site.key}.js" defer></script>`,
    '</body>',
    '</html>',
    '',
  ]
    .filter((x) => x !== '')
    .join('\n');

  const selectFrom = o.selectFrom ?? (label ? '.doc-type' : titleAs === 'h1' ? '#title' : '.article-header');
  const selectTo = o.selectTo ?? '#text';
  return { html, cruft: dedupe(cruft), selectFrom, selectTo };
}

function firstText(doc: Doc): string {
  const first = doc.blocks.find((b) => b.type === 'paragraph');
  return first ? first.text.replace(/\*|\[\^\w+\]/g, '') : '';
}

export function slug(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 80);
}

function dedupe(list: string[]): string[] {
  return [...new Set(list.map((s) => s.trim()).filter((s) => s.length >= 4))];
}
