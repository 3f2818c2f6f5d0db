// The page view: the printed pages as a book. StPageFlip (npm page-flip, MIT)
// turns them with a swipe on phones (one page) and a click or drag of the
// corner on desktops (two pages). Without JavaScript the pages simply scroll.
(function () {
  var book = document.getElementById('flipbook');
  if (!book || !window.St) return;
  var first = book.querySelector('img');
  var w = Number(first.getAttribute('width'));
  var h = Number(first.getAttribute('height'));
  book.classList.add('flipbook-on');
  var flip = new St.PageFlip(book, {
    width: w, height: h, size: 'stretch', minWidth: 280, maxWidth: 1000, minHeight: 400, maxHeight: 1400,
    showCover: true, usePortrait: true, mobileScrollSupport: false, maxShadowOpacity: 0.35,
  });
  flip.loadFromHTML(book.querySelectorAll('.page'));
  document.addEventListener('keydown', function (e) {
    if (e.key === 'ArrowRight') flip.flipNext();
    if (e.key === 'ArrowLeft') flip.flipPrev();
  });
})();
