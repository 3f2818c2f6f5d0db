// The page view's full screen (templates/web/page-view.js opens it): one printed page, zoomed with two
// fingers, a double tap, the mouse wheel or + and -, moved with a drag, turned with a swipe while not
// zoomed or with the buttons and arrow keys. Its picture is the 1600 px one, chosen by the browser
// from the page's srcset only now. The phone's back button closes it.
(function () {
  'use strict';
  /** The full-screen view of one page: pinch, double tap, wheel and keys zoom; a drag moves the page. */
  window.yuebaoPageZoom = function (options) {
    var dialog = document.createElement('dialog');
    dialog.className = 'pvz';
    dialog.setAttribute('aria-label', '放大查看版面');
    dialog.innerHTML =
      '<div class="pvz-bar">' +
      '<p class="pvz-count" aria-live="polite"></p>' +
      '<button type="button" class="pvz-prev">上一页</button>' +
      '<button type="button" class="pvz-next">下一页</button>' +
      '<button type="button" class="pvz-close" autofocus>关闭</button>' +
      '</div>' +
      '<div class="pvz-area"><div class="pvz-frame"><img class="pvz-img" alt="" draggable="false"></div></div>' +
      '<p class="pvz-hint">双指张合或双击放大，拖动查看；未放大时左右滑动翻页</p>';
    document.body.appendChild(dialog);
    var area = dialog.querySelector('.pvz-area');
    var frame = dialog.querySelector('.pvz-frame');
    var img = dialog.querySelector('.pvz-img');
    var count = dialog.querySelector('.pvz-count');
    var pages = options.pages;
    var ratio = options.ratio;
    var total = pages.length;
    var n = 1;
    var fit = { w: 0, h: 0 };
    var view = { s: 1, x: 0, y: 0 };
    var MAX = 4;

    function apply() {
      frame.style.transform = 'translate(' + view.x + 'px,' + view.y + 'px) scale(' + view.s + ')';
      dialog.classList.toggle('pvz-zoomed', view.s > 1.01);
    }
    /** Keeps the page on screen: centred when smaller than the window, edge to edge when larger. */
    function clamp() {
      var aw = area.clientWidth;
      var ah = area.clientHeight;
      var w = fit.w * view.s;
      var h = fit.h * view.s;
      view.x = w <= aw ? (aw - w) / 2 : Math.min(0, Math.max(aw - w, view.x));
      view.y = h <= ah ? (ah - h) / 2 : Math.min(0, Math.max(ah - h, view.y));
    }
    /** Zooms to scale `s`, keeping the point (px, py) of the window where it is. */
    function zoomAt(s, px, py) {
      s = Math.min(MAX, Math.max(1, s));
      var cx = (px - view.x) / view.s;
      var cy = (py - view.y) / view.s;
      view.s = s;
      view.x = px - cx * s;
      view.y = py - cy * s;
      clamp();
      apply();
    }
    function reset() {
      var aw = area.clientWidth;
      var ah = area.clientHeight;
      fit.w = Math.min(aw, ah * ratio);
      fit.h = fit.w / ratio;
      frame.style.width = fit.w + 'px';
      frame.style.height = fit.h + 'px';
      view.s = 1;
      clamp();
      apply();
    }
    function show(page) {
      n = Math.min(Math.max(1, page), total);
      var p = pages[n - 1];
      reset();
      // The turner's picture (already loaded) at once; the 1600 px one from srcset over it when it comes.
      frame.style.backgroundImage = 'url("' + (p.img.currentSrc || p.src) + '")';
      img.removeAttribute('srcset');
      img.src = p.src;
      img.sizes = Math.round(fit.w * 2) + 'px';
      img.srcset = p.srcset;
      img.alt = '第 ' + n + ' 页（放大）';
      count.textContent = '第 ' + n + ' / ' + total + ' 页';
      dialog.querySelector('.pvz-prev').disabled = n === 1;
      dialog.querySelector('.pvz-next').disabled = n === total;
    }
    function open(page) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
      document.documentElement.classList.add('pvz-open');
      show(page);
      // The phone's back button closes the zoom rather than leaving the page.
      history.pushState({ pvZoom: true }, '', location.hash);
    }
    function close() {
      if (dialog.open) {
        if (typeof dialog.close === 'function') dialog.close();
        else dialog.removeAttribute('open');
      }
    }
    // Closed by its button or Esc: the history entry open() added goes, and the turner shows the page
    // last zoomed once the address is back (`returnTo`). Closed by the back button: at once.
    var returnTo = null;
    dialog.addEventListener('close', function () {
      document.documentElement.classList.remove('pvz-open');
      if (history.state && history.state.pvZoom) {
        returnTo = n;
        history.back();
      } else options.onClose(n);
    });
    window.addEventListener('popstate', function () {
      if (dialog.open) {
        var keep = n;
        close();
        options.onClose(keep);
      } else if (returnTo) {
        options.onClose(returnTo);
        returnTo = null;
      }
    });
    dialog.querySelector('.pvz-close').addEventListener('click', close);
    dialog.querySelector('.pvz-prev').addEventListener('click', function () { show(n - 1); });
    dialog.querySelector('.pvz-next').addEventListener('click', function () { show(n + 1); });
    window.addEventListener('resize', function () { if (dialog.open) reset(); });
    dialog.addEventListener('keydown', function (event) {
      var r = area.getBoundingClientRect();
      if (event.key === 'ArrowRight' && view.s === 1) show(n + 1);
      else if (event.key === 'ArrowLeft' && view.s === 1) show(n - 1);
      else if (event.key === '+' || event.key === '=') zoomAt(view.s * 1.5, r.width / 2, r.height / 2);
      else if (event.key === '-') zoomAt(view.s / 1.5, r.width / 2, r.height / 2);
      else if (event.key === '0') reset();
      else return;
      event.preventDefault();
    });
    area.addEventListener('wheel', function (event) {
      event.preventDefault();
      var r = area.getBoundingClientRect();
      zoomAt(view.s * Math.exp(-event.deltaY * 0.002), event.clientX - r.left, event.clientY - r.top);
    }, { passive: false });

    var pointers = {};
    var gesture = null;
    var lastTap = null;
    function points() {
      return Object.keys(pointers).map(function (id) { return pointers[id]; });
    }
    function begin() {
      var r = area.getBoundingClientRect();
      var ps = points();
      var mid = ps.reduce(function (m, p) { return { x: m.x + p.x / ps.length, y: m.y + p.y / ps.length }; }, { x: 0, y: 0 });
      gesture = {
        mid: { x: mid.x - r.left, y: mid.y - r.top },
        dist: ps.length > 1 ? Math.hypot(ps[0].x - ps[1].x, ps[0].y - ps[1].y) : 0,
        view: { s: view.s, x: view.x, y: view.y },
        start: { x: ps[0].x, y: ps[0].y, t: Date.now() },
        count: ps.length,
        moved: false,
      };
    }
    area.addEventListener('pointerdown', function (event) {
      area.setPointerCapture(event.pointerId);
      pointers[event.pointerId] = { x: event.clientX, y: event.clientY };
      begin();
    });
    area.addEventListener('pointermove', function (event) {
      if (!pointers[event.pointerId] || !gesture) return;
      pointers[event.pointerId] = { x: event.clientX, y: event.clientY };
      var r = area.getBoundingClientRect();
      var ps = points();
      if (ps.length > 1) {
        var dist = Math.hypot(ps[0].x - ps[1].x, ps[0].y - ps[1].y);
        var mx = (ps[0].x + ps[1].x) / 2 - r.left;
        var my = (ps[0].y + ps[1].y) / 2 - r.top;
        var s = Math.min(MAX, Math.max(1, (gesture.view.s * dist) / Math.max(gesture.dist, 1)));
        // The point under the fingers' midpoint at the start stays under it.
        var cx = (gesture.mid.x - gesture.view.x) / gesture.view.s;
        var cy = (gesture.mid.y - gesture.view.y) / gesture.view.s;
        view.s = s;
        view.x = mx - cx * s;
        view.y = my - cy * s;
        gesture.moved = true;
        clamp();
        apply();
        return;
      }
      var dx = ps[0].x - gesture.start.x;
      var dy = ps[0].y - gesture.start.y;
      if (Math.abs(dx) > 6 || Math.abs(dy) > 6) gesture.moved = true;
      if (view.s > 1.01) {
        view.x = gesture.view.x + dx;
        view.y = gesture.view.y + dy;
        clamp();
        apply();
      } else {
        frame.style.transform = 'translate(' + (view.x + dx) + 'px,' + view.y + 'px)';
      }
    });
    function end(event) {
      if (!pointers[event.pointerId]) return;
      var was = gesture;
      delete pointers[event.pointerId];
      if (points().length) {
        begin();
        gesture.moved = true;
        return;
      }
      gesture = null;
      if (!was || event.type === 'pointercancel') return apply();
      var dx = event.clientX - was.start.x;
      var time = Date.now() - was.start.t;
      if (was.count === 1 && !was.moved && time < 350) {
        var r = area.getBoundingClientRect();
        var x = event.clientX - r.left;
        var y = event.clientY - r.top;
        if (lastTap && Date.now() - lastTap.t < 350 && Math.hypot(x - lastTap.x, y - lastTap.y) < 40) {
          zoomAt(view.s > 1.01 ? 1 : 2.5, x, y);
          lastTap = null;
        } else lastTap = { x: x, y: y, t: Date.now() };
        return;
      }
      if (was.count === 1 && view.s <= 1.01 && Math.abs(dx) > Math.max(50, area.clientWidth * 0.12)) show(n + (dx < 0 ? 1 : -1));
      else apply();
    }
    area.addEventListener('pointerup', end);
    area.addEventListener('pointercancel', end);

    return {
      open: open,
      isOpen: function () { return dialog.open; },
    };
  };
})();
