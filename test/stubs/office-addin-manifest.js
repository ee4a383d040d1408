// office-addin-mock imports only this enum from office-addin-manifest, whose ESM-only
// dependencies Jest cannot load on Node 20 (the team's Office.js notes, officejs-facts.md §2.4).
exports.OfficeApp = {
  Excel: "excel",
  OneNote: "onenote",
  Outlook: "outlook",
  PowerPoint: "powerpoint",
  Project: "project",
  Word: "word",
};
