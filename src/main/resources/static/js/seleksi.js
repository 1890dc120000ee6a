// PPK's choice on the open-selection page (seleksi/rinci.html): choosing anyone but the first-ranked candidate needs a
// reason, so the reason box shows (and is required) only then. A file, not an inline script: the CSP forbids those.
(function () {
  var f = document.getElementById('form-tetapkan');
  var kotak = document.getElementById('kotak-alasan');
  if (!f || !kotak) { return; }
  function segarkan() {
    var r = f.querySelector('input[name=pesertaId]:checked');
    var perlu = r && r.getAttribute('data-peringkat') !== '1';
    kotak.classList.toggle('d-none', !perlu);
    document.getElementById('alasan').required = !!perlu;
  }
  f.addEventListener('change', segarkan);
  segarkan();
})();
