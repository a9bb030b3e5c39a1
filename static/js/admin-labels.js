"use strict";
// Names for what the admin draws without one (axe: aria-input-field-name, label, empty-table-header). Loaded on
// every admin page by templates/admin/base_site.html; no inline script, as the Content-Security-Policy requires.
//
// - An autocomplete field (select2, behind autocomplete_fields) draws its own combobox, and a box showing the
//   choice made, named by nothing but that choice: empty on a new record. Each is named after the field's
//   <label> first, then the choice. Select2 draws them after the page loads and again when an inline row is
//   added, so the names are given whenever the page changes. This can go when Django's admin autocomplete
//   names its combobox after the field's label.
// - A tabular inline (Django's admin/edit_inline/tabular.html) labels its fields only by their column's header,
//   which is given to each field as its name; its first column (the saved row's name) and, where rows cannot
//   be deleted, its last column have an empty header cell, which is made a plain cell.
{
  const labelFor = (select) => {
    const label = select.id && document.querySelector(`label[for="${CSS.escape(select.id)}"]`);
    if (!label) return null;
    if (!label.id) label.id = `${select.id}-label`;
    return label.id;
  };

  const nameAutocompletes = () => {
    for (const container of document.querySelectorAll("select.admin-autocomplete + .select2-container")) {
      const labelId = labelFor(container.previousElementSibling);
      if (!labelId) continue;
      for (const part of container.querySelectorAll('[role="combobox"], [role="textbox"], .select2-search__field')) {
        const ids = (part.getAttribute("aria-labelledby") || "").split(/\s+/).filter((id) => id && id !== labelId);
        // The box showing the choice is named by the label alone: it is the combobox's value.
        const named = part.getAttribute("role") === "textbox" ? [labelId] : [labelId, ...ids];
        if (part.getAttribute("aria-labelledby") !== named.join(" ")) part.setAttribute("aria-labelledby", named.join(" "));
      }
    }
  };

  const nameTabularFields = () => {
    for (const header of document.querySelectorAll(".inline-group thead th")) {
      if (!header.textContent.trim()) {
        const cell = document.createElement("td");
        cell.className = header.className;
        header.replaceWith(cell);
        continue;
      }
      const column = [...header.classList].find((name) => name.startsWith("column-"));
      if (!column) continue;
      header.id ||= `${header.closest(".inline-group").id}-${column}`;
      const cells = header.closest("table").querySelectorAll(`td.field-${column.slice("column-".length)}`);
      for (const cell of cells) {
        for (const field of cell.querySelectorAll("input:not([type=hidden]), select, textarea")) {
          if (!field.labels?.length && !field.hasAttribute("aria-labelledby")) field.setAttribute("aria-labelledby", header.id);
        }
      }
    }
  };

  const name = () => {
    nameAutocompletes();
    nameTabularFields();
  };
  new MutationObserver(name).observe(document.documentElement, { childList: true, subtree: true });
  document.addEventListener("DOMContentLoaded", name);
}
