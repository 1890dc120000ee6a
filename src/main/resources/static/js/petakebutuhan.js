// Peta kebutuhan: dashboard charts (kurang/lebih per OPD and per jenis jabatan, the largest ones) and the five-year
// projection, with ECharts. The data is JSON in data-grafik (the page's CSP forbids inline scripts).
(function () {
  var WARNA_KURANG = '#dc3545';
  var WARNA_LEBIH = '#fd7e14';

  function batang(el, d, kategori, kurang, lebih, putar) {
    var chart = echarts.init(el);
    chart.setOption({
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } }, legend: { top: 0 },
      toolbox: { feature: { saveAsImage: { pixelRatio: 2, name: el.id } } },
      grid: { left: 50, right: 20, bottom: putar ? 90 : 40, top: 40 },
      xAxis: { type: 'category', data: kategori, axisLabel: { rotate: putar ? 60 : 20, fontSize: 10 } },
      yAxis: { type: 'value' },
      series: [{ name: d.labelKurang, type: 'bar', data: kurang, itemStyle: { color: WARNA_KURANG } },
               { name: d.labelLebih, type: 'bar', data: lebih, itemStyle: { color: WARNA_LEBIH } }]
    });
    return chart;
  }

  function teratas(el, nama, nilai, label, warna) {
    var chart = echarts.init(el);
    chart.setOption({
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      toolbox: { feature: { saveAsImage: { pixelRatio: 2, name: el.id } } },
      grid: { left: 10, right: 30, bottom: 20, top: 10, containLabel: true },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', data: nama.slice().reverse(), axisLabel: { fontSize: 10, width: 260, overflow: 'truncate' } },
      series: [{ name: label, type: 'bar', data: nilai.slice().reverse(), itemStyle: { color: warna } }]
    });
    return chart;
  }

  function proyeksi(el, d) {
    var chart = echarts.init(el);
    chart.setOption({
      tooltip: { trigger: 'axis' }, legend: { top: 0 },
      toolbox: { feature: { saveAsImage: { pixelRatio: 2, name: 'proyeksi-kebutuhan' } } },
      grid: { left: 60, right: 20, bottom: 30, top: 40 },
      xAxis: { type: 'category', data: d.tahun }, yAxis: { type: 'value' },
      series: [{ name: d.labelB, type: 'bar', data: d.b },
               { name: d.labelK, type: 'line', data: d.k },
               { name: d.labelKurang, type: 'line', data: d.kurang, itemStyle: { color: WARNA_KURANG } }]
    });
    return chart;
  }

  function mulai() {
    if (!window.echarts) { return; }
    var charts = [];
    document.querySelectorAll('.grafik-kebutuhan').forEach(function (el) {
      var d = JSON.parse(el.dataset.grafik || '{}');
      switch (el.dataset.jenis) {
        case 'opd': charts.push(batang(el, d, d.opd, d.opdKurang, d.opdLebih, true)); break;
        case 'jenis': charts.push(batang(el, d, d.jenis, d.jenisKurang, d.jenisLebih, false)); break;
        case 'kurang': charts.push(teratas(el, d.kurangNama, d.kurangNilai, d.labelKurang, WARNA_KURANG)); break;
        case 'lebih': charts.push(teratas(el, d.lebihNama, d.lebihNilai, d.labelLebih, WARNA_LEBIH)); break;
        case 'proyeksi': charts.push(proyeksi(el, d)); break;
        default: break;
      }
    });
    window.addEventListener('resize', function () { charts.forEach(function (c) { c.resize(); }); });
  }

  document.addEventListener('DOMContentLoaded', mulai);
})();
