/**
 * English messages of the Word export: the buttons and the File menu item, the Word template
 * settings, the CLI's `export-docx`, and every reason a template or an export is refused.
 * Spread into en.ts; fr.docx.ts has the same keys.
 */
export const enDocx = {
  docx: {
    exportWord: 'Export to Word',
    menuExportWord: 'Export to &Word…',
    exportWordHint: 'A .docx working copy, in your department’s template when one is chosen in Settings',
    exporting: 'Preparing the Word file…',
    saved: 'Saved {{name}}.',
    downloaded: 'Downloaded {{name}}.',
    cancelled: 'The Word file was not saved.',
    downloadFailed: 'The Word file could not be downloaded: export it again.',
    nothingOpen: 'Open a briefing note or a pack first, then choose File ▸ Export to Word…',
    fallbackNoteName: 'Briefing note',
    fallbackPackName: 'Briefing pack',
    saveDialogTitle: 'Save the Word file',
    saveFilter: 'Word document',
    settings: {
      title: 'Settings',
      templateTitle: 'Word template',
      templateIntro:
        'Word exports can use your department’s template (.dotx or .docx): Précis keeps a copy, fills its placeholders — {{placeholders}} — and writes the note or pack where {{body}} stands, in the template’s styles.',
      none: 'Word exports use Précis’s own layout.',
      current: 'Word exports use {{name}} (chosen {{date}})',
      mapping: 'Style mapping: {{name}}.',
      noMapping: 'No style mapping file: blocks take the template’s built-in styles (Heading 1, Quote…).',
      found: 'Placeholders in it: {{list}}.',
      template: 'Template (.dotx or .docx)',
      mappingFile: 'Style mapping file (.json, optional)',
      choose: 'Use this template',
      checking: 'Checking the template…',
      chosen: '{{name}} will be used for Word exports.',
      useNeutral: 'Use the neutral template that comes with Précis',
      useOwn: 'Use Précis’s own layout',
      cleared: 'Word exports use Précis’s own layout again.',
      pickFirst: 'Choose a template file first.',
    },
    cli: {
      summary: 'write a briefing note or a pack as a Word file (.docx)',
      wrote: 'Wrote {{path}} ({{size}} KB){{template}}.',
      withTemplate: ', in the template {{name}}',
      noFile: 'There is no file at {{path}}.',
    },
    errors: {
      tooLarge: '{{name}} is larger than {{size}} MB: that is not a Word template. Choose the template file itself.',
      password:
        '{{name}} is password-protected, so Précis cannot read it. Save a copy without a password (File ▸ Info ▸ Protect Document in Word) and choose that.',
      restricted:
        '{{name}} restricts editing with a password (Review ▸ Restrict Editing, or a password to modify), so every note made from it would open read-only in Word. Stop the protection, save a copy and choose that.',
      oldFormat:
        '{{name}} is an old Word file (.doc or .dot). Open it in Word and save it as a Word template (.dotx) or document (.docx).',
      notWord: '{{name}} is not a Word file. Choose a Word template (.dotx) or document (.docx).',
      expandsTooMuch:
        '{{name}} would expand to more than {{size}} MB when opened: it is not a Word template Précis can use.',
      damaged: '{{name}} is damaged ({{detail}}). Save it again from Word and choose the new file.',
      macro:
        '{{name}} contains macros (.dotm/.docm). Précis does not run macros: save it as a Word template (.dotx) without them.',
      unknownPlaceholder: '{{name}} has placeholders Précis does not fill: {{placeholders}}. Précis fills {{known}}.',
      noBody:
        '{{name}} has no {{body}} placeholder: put {{body}} on a line of its own where the note or pack should go.',
      manyBodies: '{{name}} has {{body}} more than once: keep one, on a line of its own.',
      bodyFramed:
        '{{name}} has {{body}} inside a table or a text box, where Word cannot start a new page or hold footnotes. Put {{body}} on a line of its own on the page itself.',
      bodyNotAlone:
        'In {{name}}, {{body}} shares its line with other text: put it on a line of its own (the note or pack replaces the whole line).',
      noHeaderFooter:
        '{{name}} has no header or no footer. The classification must print on every page: add a header and a footer with {{classification}} in each.',
      noMarking:
        'In {{name}}, {{classification}} is missing from {{parts}}. The classification must print on every page: put it in every header and footer.',
      mappingNotJson: 'The style mapping file {{name}} is not JSON.',
      mappingShape:
        'The style mapping file {{name}} is not in the expected form ({{where}}): {{example}}, with blocks among {{blocks}}.',
      mappingUnknownStyle: 'The style mapping gives {{block}} the style {{style}}, which {{name}} does not have.',
      unfilled:
        'A placeholder in {{part}} of {{name}} could not be filled. Retype it in Word as one word in braces, e.g. {{title}}.',
      templateMissing:
        'The Word template {{name}} is no longer in Précis’s data folder (or was changed). Choose it again in Settings, or use Précis’s own layout.',
      exportGone:
        'This exported file is no longer available (it is delivered once and kept 30 minutes). Export it again.',
      electronOnly: 'Only the desktop app saves with a dialog; in browser mode the page downloads the file.',
    },
  },
};
