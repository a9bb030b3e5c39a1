// Select2, the admin's autocomplete, draws its box as spans with the roles "combobox" and "textbox" but names
// neither after the field's label, so a screen reader announces an unnamed box (axe-core:
// aria-input-field-name). Loaded after admin/js/autocomplete.js: each box it draws is given the label's words.
"use strict";
{
  const $ = django.jQuery;
  const draw = $.fn.djangoAdminSelect2;
  $.fn.djangoAdminSelect2 = function () {
    draw.apply(this, arguments);
    this.each(function (i, select) {
      const label = document.querySelector('label[for="' + select.id + '"]');
      const box = select.nextElementSibling;
      if (!label || !box) {
        return;
      }
      const name = label.textContent.replace(/:\s*$/, "").trim();
      box.querySelectorAll('[role="combobox"], [role="textbox"]').forEach(function (part) {
        part.setAttribute("aria-label", name);
      });
    });
    return this;
  };
}
