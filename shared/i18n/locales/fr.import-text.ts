/**
 * Messages d’importation en français ajoutés pour le cas « aucun texte trouvé » (issue 13).
 * Intégrés au bloc `import` de fr.ts ; mêmes clés que en.import-text.ts.
 */
export const frImportText = {
  noDocumentText:
    '{{name}} ne contient que l’habillage d’une page (un titre, des dates, des menus, des étiquettes), pas le texte d’un document. Ouvrez la page, sélectionnez le texte lui-même, puis importez-le ou collez-le.',
};
