// The 字号 control of article pages: 大 / 中 / 小, remembered for the next page and the next visit
// (localStorage). The size is set on <html> before the page is drawn, by a line in the layout's
// <head>; here the buttons show it and change it.
(function () {
  'use strict';
  var KEY = 'yuebao-font-size';
  var control = document.querySelector('.font-size');
  if (!control) return;
  var buttons = Array.prototype.slice.call(control.querySelectorAll('button[data-font-size]'));
  function show(size) {
    buttons.forEach(function (b) { b.setAttribute('aria-pressed', String(b.getAttribute('data-font-size') === size)); });
  }
  function set(size) {
    if (size === 'medium') document.documentElement.removeAttribute('data-font-size');
    else document.documentElement.setAttribute('data-font-size', size);
    try {
      if (size === 'medium') localStorage.removeItem(KEY);
      else localStorage.setItem(KEY, size);
    } catch (e) {
      // Private browsing without storage: the size holds for this page only.
    }
    show(size);
  }
  buttons.forEach(function (b) {
    b.addEventListener('click', function () { set(b.getAttribute('data-font-size')); });
  });
  show(document.documentElement.getAttribute('data-font-size') || 'medium');
  control.hidden = false;
})();
