// The page view: the printed pages, one at a time on a phone and as spreads on a wide screen, sized to
// fit the window. A page turns with the buttons, the arrow keys (Home/End: first and last page), a
// drag sideways however slow, or a tap near the page's edge; a vertical swipe scrolls the page as
// usual. A tap in the middle opens the page full screen (page-zoom.js), where it zooms with two
// fingers, a double tap or the mouse wheel, from a 1600 px picture loaded only then. The address follows the
// page (#page=N), so the 目录 and each article link straight to their page. Without JavaScript the
// pages are simply listed, one under another.
(function () {
  'use strict';
  var root = document.getElementById('pv');
  if (!root || !root.querySelector('.pv-pages')) return;
  var list = root.querySelector('.pv-pages');
  var bar = root.querySelector('.pv-bar');
  var counter = root.querySelector('.pv-n');
  var prevButton = root.querySelector('.pv-prev');
  var nextButton = root.querySelector('.pv-next');
  var zoomButton = root.querySelector('.pv-zoom-button');
  var thumbs = Array.prototype.slice.call(document.querySelectorAll('.pv-thumbs a'));
  var reducedMotion = window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches;

  var pages = Array.prototype.map.call(list.children, function (item, i) {
    var img = item.querySelector('img');
    img.draggable = false;
    // The turner shows the 800 px picture: at a phone's width a page's text is too small to read however
    // sharp, so the 1600 px one (data-zoom: "URL WIDTHw") comes only with the zoom, through its srcset.
    var src = img.getAttribute('src');
    var srcset = src + ' ' + img.getAttribute('width') + 'w, ' + img.getAttribute('data-zoom');
    return { n: i + 1, img: img, width: Number(img.getAttribute('width')), height: Number(img.getAttribute('height')), src: src, srcset: srcset };
  });
  var total = pages.length;
  if (!total) return;
  var ratio = pages[0].width / pages[0].height;

  var stage = document.createElement('div');
  stage.className = 'pv-stage';
  var track = document.createElement('div');
  track.className = 'pv-track';
  stage.appendChild(track);
  list.parentNode.replaceChild(stage, list);
  root.classList.add('pv-on');
  bar.hidden = false;
  root.querySelector('.pv-hint').hidden = false;

  var spread = null;
  var views = [];
  var index = 0;
  var pageWidth = 0;

  function viewsFor(twoUp) {
    if (!twoUp) return pages.map(function (p) { return [p]; });
    // As the booklet lies open: the cover alone, then 2–3, 4–5 …, the back cover alone.
    var result = [[pages[0]]];
    for (var i = 1; i < total; i += 2) result.push(pages.slice(i, i + 2));
    return result;
  }

  function viewOf(n) {
    for (var i = 0; i < views.length; i++) for (var j = 0; j < views[i].length; j++) if (views[i][j].n === n) return i;
    return 0;
  }

  function currentPage() {
    return views.length ? views[index][0].n : 1;
  }

  /** Sizes the pages to the window: the whole page (or spread) and the bar below it in view. */
  function layout() {
    var keep = views.length ? currentPage() : pageFromHash() || 1;
    var width = stage.clientWidth;
    var top = stage.getBoundingClientRect().top + window.pageYOffset;
    var height = Math.max(window.innerHeight - top - bar.offsetHeight - 12, 320);
    var single = Math.min(width, height * ratio);
    var double = Math.min(width / 2, height * ratio);
    var twoUp = width >= 640 && double >= single * 0.8;
    pageWidth = Math.floor(twoUp ? double : single);
    stage.style.setProperty('--pv-w', pageWidth + 'px');
    stage.style.setProperty('--pv-h', Math.floor(pageWidth / ratio) + 'px');
    if (twoUp !== spread) {
      spread = twoUp;
      views = viewsFor(twoUp);
      track.textContent = '';
      views.forEach(function (view) {
        var box = document.createElement('div');
        box.className = 'pv-view' + (view.length > 1 ? ' pv-spread' : '');
        view.forEach(function (p) {
          var frame = document.createElement('div');
          frame.className = 'pv-page';
          frame.setAttribute('data-page', p.n);
          frame.appendChild(p.img);
          box.appendChild(frame);
        });
        track.appendChild(box);
      });
    }
    go(keep, false);
  }

  function place(offset, animate) {
    track.style.transition = animate && !reducedMotion ? '' : 'none';
    track.style.transform = 'translateX(calc(' + -index * 100 + '% + ' + (offset || 0) + 'px))';
  }

  /** Shows the view holding page `n`. */
  function go(n, animate) {
    n = Math.min(Math.max(1, n || 1), total);
    index = viewOf(n);
    place(0, animate !== false);
    var shown = views[index];
    counter.textContent = shown.length > 1 ? shown[0].n + '–' + shown[1].n : String(shown[0].n);
    prevButton.disabled = index === 0;
    nextButton.disabled = index === views.length - 1;
    // This view and its neighbours load now; the rest when they come near.
    for (var i = Math.max(0, index - 1); i <= Math.min(views.length - 1, index + 1); i++) views[i].forEach(function (p) { p.img.loading = 'eager'; });
    thumbs.forEach(function (a, i) {
      var on = shown.some(function (p) { return p.n === i + 1; });
      if (on) a.setAttribute('aria-current', 'page');
      else a.removeAttribute('aria-current');
    });
    var first = thumbs[shown[0].n - 1];
    if (first) {
      var strip = first.closest('.pv-thumbs');
      var left = first.offsetLeft - strip.clientWidth / 2 + first.offsetWidth / 2;
      strip.scrollTo({ left: left, behavior: reducedMotion ? 'auto' : 'smooth' });
    }
    var hash = '#page=' + shown[0].n;
    if (location.hash !== hash) history.replaceState(history.state, '', hash);
  }

  function turn(step) {
    var target = Math.min(Math.max(index + step, 0), views.length - 1);
    if (target !== index) go(views[target][0].n);
    else place(0, true);
  }

  function pageFromHash() {
    var match = /^#page=(\d+)$/.exec(location.hash);
    return match ? Number(match[1]) : undefined;
  }

  prevButton.addEventListener('click', function () { turn(-1); });
  nextButton.addEventListener('click', function () { turn(1); });
  zoomButton.addEventListener('click', function () { zoom.open(currentPage()); });
  window.addEventListener('hashchange', function () {
    var n = pageFromHash();
    if (n) {
      go(n);
      if (stage.getBoundingClientRect().top < 0) stage.scrollIntoView({ block: 'start', behavior: reducedMotion ? 'auto' : 'smooth' });
    }
  });
  var resizing;
  window.addEventListener('resize', function () {
    clearTimeout(resizing);
    resizing = setTimeout(layout, 100);
  });
  document.addEventListener('keydown', function (event) {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || zoom.isOpen()) return;
    if (/^(INPUT|TEXTAREA|SELECT)$/.test(event.target.tagName) || event.target.isContentEditable) return;
    var keys = { ArrowRight: 1, PageDown: 1, ArrowLeft: -1, PageUp: -1 };
    if (event.key in keys) turn(keys[event.key]);
    else if (event.key === 'Home') go(1);
    else if (event.key === 'End') go(total);
    else return;
    event.preventDefault();
  });

  // Dragging and tapping, with a finger or the mouse. `touch-action: pan-y` (page-view.css) leaves
  // vertical swipes to the browser, which scrolls and then cancels our pointer.
  var drag = null;
  stage.addEventListener('pointerdown', function (event) {
    if (event.button !== 0 || !event.isPrimary) return;
    drag = { x: event.clientX, y: event.clientY, t: Date.now(), id: event.pointerId, sideways: false };
  });
  stage.addEventListener('pointermove', function (event) {
    if (!drag || event.pointerId !== drag.id) {
      if (event.pointerType === 'mouse') stage.style.cursor = ['w-resize', 'zoom-in', 'e-resize'][zoneOf(event.clientX) + 1];
      return;
    }
    var dx = event.clientX - drag.x;
    var dy = event.clientY - drag.y;
    if (!drag.sideways) {
      if (Math.abs(dx) > 8 && Math.abs(dx) > Math.abs(dy)) {
        drag.sideways = true;
        stage.setPointerCapture(event.pointerId);
        root.classList.add('pv-dragging');
      } else if (Math.abs(dy) > 12) {
        drag = null;
        return;
      } else return;
    }
    var atEnd = (dx > 0 && index === 0) || (dx < 0 && index === views.length - 1);
    place(atEnd ? dx / 3 : dx, false);
  });
  stage.addEventListener('pointerup', function (event) {
    if (!drag || event.pointerId !== drag.id) return;
    var dx = event.clientX - drag.x;
    var dy = event.clientY - drag.y;
    var time = Date.now() - drag.t;
    root.classList.remove('pv-dragging');
    if (drag.sideways) {
      // Far enough, at any speed (a slow, one-second drag turns the page), or a quick flick.
      var far = Math.abs(dx) > Math.max(40, stage.clientWidth * 0.1);
      var flick = Math.abs(dx) > 20 && Math.abs(dx) / Math.max(time, 1) > 0.4;
      if (far || flick) turn(dx < 0 ? 1 : -1);
      else place(0, true);
    } else if (Math.abs(dx) < 10 && Math.abs(dy) < 10 && time < 700) {
      var zone = zoneOf(event.clientX);
      if (zone) turn(zone);
      else zoom.open(pageAt(event.clientX));
    }
    drag = null;
  });
  stage.addEventListener('pointercancel', function () {
    if (drag && drag.sideways) place(0, true);
    root.classList.remove('pv-dragging');
    drag = null;
  });
  stage.addEventListener('dragstart', function (event) { event.preventDefault(); });

  /**
   * Where the pages of the current view lie, from the layout rather than from the screen: while a
   * turn is still sliding, a tap must mean what it will mean once the pages are in place.
   */
  function shownBox() {
    var r = stage.getBoundingClientRect();
    var width = pageWidth * views[index].length;
    var left = r.left + (r.width - width) / 2;
    return { left: left, right: left + width };
  }

  /** -1 near the left edge of the pages shown (or left of them), 1 near the right edge, 0 in the middle. */
  function zoneOf(x) {
    var box = shownBox();
    var edge = Math.max((box.right - box.left) * 0.18, 36);
    if (x < box.left + edge) return -1;
    if (x > box.right - edge) return 1;
    return 0;
  }

  function pageAt(x) {
    var box = shownBox();
    var shown = views[index];
    return shown[shown.length > 1 && x > (box.left + box.right) / 2 ? 1 : 0].n;
  }

  // The full screen view (page-zoom.js, loaded before this script).
  var zoom = window.yuebaoPageZoom
    ? window.yuebaoPageZoom({ pages: pages, ratio: ratio, onClose: function (n) { go(n, false); } })
    : { open: function () {}, isOpen: function () { return false; } };
  layout();
})();
