// Charts and small helpers of the competency pages (Kompetensi and Kesenjangan tabs of the profile, matriks kompetensi).
// Chart data comes as JSON in data-grafik (no inline script: the CSP forbids it). The tabs are htmx fragments swapped
// into the profile page, so everything is initialised on DOMContentLoaded, on htmx:load and when this file is
// (re)loaded by a swap; ECharts is loaded on demand from data-echarts when the page has not loaded it.
(function () {
  if (window.aparaturKompetensi) {
    window.aparaturKompetensi.pindai(document);
    return;
  }

  var WARNA_KATEGORI = { OPTIMAL: '#198754', CUKUP_OPTIMAL: '#ffc107', KURANG_OPTIMAL: '#dc3545' };
  var menungguEcharts = [];

  function pastikanEcharts(el, lanjut) {
    if (window.echarts) { lanjut(); return; }
    menungguEcharts.push(lanjut);
    if (menungguEcharts.length > 1 || !el.dataset.echarts) { return; }
    var s = document.createElement('script');
    s.src = el.dataset.echarts;
    s.onload = function () {
      var daftar = menungguEcharts;
      menungguEcharts = [];
      daftar.forEach(function (f) { f(); });
    };
    document.head.appendChild(s);
  }

  function simpanGambar(el, nama) {
    return { feature: { saveAsImage: { title: el.dataset.labelSimpan || '', pixelRatio: 2, name: nama } } };
  }

  // Level history: one step line per competency (a level holds until the next measurement), up to today.
  function opsiRiwayat(el, data, kode) {
    var seri = data.seri.filter(function (s) { return !kode || s.kode === kode; }).map(function (s) {
      var titik = s.data.slice();
      if (titik.length && titik[titik.length - 1][0] < data.hariIni) {
        titik.push({ value: [data.hariIni, titik[titik.length - 1][1]], symbol: 'none' });
      }
      return { name: s.kode + ' ' + s.nama, type: 'line', step: 'end', symbolSize: 8, data: titik };
    });
    return {
      tooltip: { trigger: 'item', formatter: function (p) {
        var v = Array.isArray(p.value) ? p.value : p.data.value;
        var teks = window.Aparatur.teksHtml;
        return teks(p.seriesName) + '<br>' + teks(echarts.format.formatTime('dd-MM-yyyy', v[0])) + ': ' + teks(v[1]);
      } },
      legend: { type: 'scroll', top: 0 },
      toolbox: simpanGambar(el, 'riwayat-kompetensi'),
      grid: { left: 40, right: 30, top: 40, bottom: 30 },
      xAxis: { type: 'time' },
      yAxis: { type: 'value', min: 0, max: 5, interval: 1, name: el.dataset.labelLevel || '' },
      series: seri
    };
  }

  // Gap: required vs current level per SKJ competency; radar from three competencies, bars below that.
  function opsiKesenjangan(el, data) {
    var standar = data.baris.map(function (b) { return b.standar; });
    var saatIni = data.baris.map(function (b) { return b.saatIni; });
    var label = [el.dataset.labelStandar || '', el.dataset.labelSaatIni || ''];
    if (data.baris.length >= 3) {
      return {
        tooltip: { trigger: 'item' }, legend: { bottom: 0, data: label },
        toolbox: simpanGambar(el, 'kesenjangan-kompetensi'),
        radar: { radius: '62%', splitNumber: 5, indicator: data.baris.map(function (b) {
          return { name: b.kode, max: 5 }; }) },
        series: [{ type: 'radar', data: [
          { name: label[0], value: standar, areaStyle: { opacity: 0.08 }, lineStyle: { type: 'dashed' } },
          { name: label[1], value: saatIni, areaStyle: { opacity: 0.25 } }] }]
      };
    }
    return {
      tooltip: { trigger: 'axis' }, legend: { bottom: 0, data: label },
      toolbox: simpanGambar(el, 'kesenjangan-kompetensi'),
      grid: { left: 40, right: 20, top: 20, bottom: 50 },
      xAxis: { type: 'category', data: data.baris.map(function (b) { return b.kode; }) },
      yAxis: { type: 'value', min: 0, max: 5, interval: 1 },
      series: [{ name: label[0], type: 'bar', data: standar }, { name: label[1], type: 'bar', data: saatIni }]
    };
  }

  // JPM distribution of a whole selection (matriks kompetensi).
  function opsiDistribusi(el, data) {
    return {
      tooltip: { trigger: 'axis' },
      toolbox: simpanGambar(el, 'distribusi-jpm'),
      grid: { left: 50, right: 20, top: 30, bottom: 30 },
      xAxis: { type: 'category', data: data.kategori.map(function (k) { return k.label; }) },
      yAxis: { type: 'value', minInterval: 1 },
      series: [{ type: 'bar', barMaxWidth: 80, label: { show: true, position: 'top' },
        data: data.kategori.map(function (k) {
          return { value: k.jumlah, itemStyle: { color: WARNA_KATEGORI[k.kode] || '#6c757d' } };
        }) }]
    };
  }

  function gambar(el) {
    var data = JSON.parse(el.dataset.grafik || '{}');
    var lama = echarts.getInstanceByDom(el);
    if (lama) { lama.dispose(); }
    var chart = echarts.init(el);
    var jenis = el.dataset.grafikJenis;
    if (jenis === 'riwayat') {
      chart.setOption(opsiRiwayat(el, data, ''), true);
      var wadah = el.closest('.kompetensi-pegawai') || document;
      var pilih = wadah.querySelector('select.pilih-kompetensi');
      if (pilih) {
        pilih.addEventListener('change', function () { chart.setOption(opsiRiwayat(el, data, pilih.value), true); });
      }
    } else if (jenis === 'kesenjangan') {
      chart.setOption(opsiKesenjangan(el, data), true);
    } else if (jenis === 'distribusi') {
      chart.setOption(opsiDistribusi(el, data), true);
    }
    // A tab that is hidden when the fragment arrives has no size yet: resize when it gets one.
    if (window.ResizeObserver) {
      new ResizeObserver(function () { if (!chart.isDisposed()) { chart.resize(); } }).observe(el);
    }
  }

  function pindai(akar) {
    if (!akar || !akar.querySelectorAll) { return; }
    var daftar = Array.prototype.slice.call(akar.querySelectorAll('[data-grafik-jenis]'));
    if (akar.matches && akar.matches('[data-grafik-jenis]')) { daftar.push(akar); }
    daftar.forEach(function (el) {
      if (el.dataset.grafikSiap) { return; }
      el.dataset.grafikSiap = '1';
      pastikanEcharts(el, function () { gambar(el); });
    });
  }

  // "Tambah kompetensi lain": a new row from the <template>, with the next free index.
  document.addEventListener('click', function (e) {
    var tombol = e.target.closest && e.target.closest('.tambah-baris-level');
    if (!tombol) { return; }
    var form = tombol.closest('form');
    var templat = form && form.querySelector('template.templat-baris-level');
    var tbody = form && form.querySelector('table.tabel-form-level tbody');
    if (!templat || !tbody) { return; }
    var maks = -1;
    form.querySelectorAll('[name^="baris["]').forEach(function (i) {
      var m = /^baris\[(\d+)\]/.exec(i.name);
      if (m) { maks = Math.max(maks, parseInt(m[1], 10)); }
    });
    var html = templat.innerHTML.replace(/\{i\}/g, String(maks + 1));
    tbody.insertAdjacentHTML('beforeend', html);
    var baru = tbody.lastElementChild && tbody.lastElementChild.querySelector('input[type=text]');
    if (baru) { baru.focus(); }
  });

  document.addEventListener('htmx:load', function (e) { pindai(e.detail && e.detail.elt); });
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', function () { pindai(document); });
  } else {
    pindai(document);
  }
  window.aparaturKompetensi = { pindai: pindai };
})();
