// CSRF token for every htmx request (forms keep the hidden input Thymeleaf adds).
document.addEventListener('htmx:configRequest', function (evt) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    evt.detail.headers[header.content] = token.content;
  }
});

// Charts: draws every element matching `selektor` (not yet drawn) with `gambar(el)` once ECharts is there; ECharts is
// loaded on demand from the first element's data-echarts. Used by the pages that draw with ECharts.
window.Aparatur = window.Aparatur || {};
window.Aparatur.grafik = function (selektor, gambar) {
  function pindai() {
    var daftar = document.querySelectorAll(selektor + ':not([data-siap])');
    if (!daftar.length) { return; }
    if (window.echarts) { daftar.forEach(gambar); return; }
    var s = document.createElement('script');
    s.src = daftar[0].dataset.echarts;
    s.onload = function () { daftar.forEach(gambar); };
    document.head.appendChild(s);
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', pindai);
  } else {
    pindai();
  }
};
