// Charts of the placement scenario page. Data comes as JSON in data-grafik (the CSP forbids inline scripts); ECharts
// is loaded on demand from data-echarts.
(function () {
  function gambar(el) {
    var data = JSON.parse(el.dataset.grafik || '{}');
    if (!data.label) { return; }
    var chart = echarts.init(el);
    chart.setOption({
      tooltip: { trigger: 'axis' },
      legend: { bottom: 0, data: [data.namaSebelum, data.namaSesudah] },
      toolbox: { feature: { saveAsImage: { title: el.dataset.labelSimpan || '', pixelRatio: 2, name: 'distribusi-jpm' } } },
      grid: { left: 50, right: 20, top: 30, bottom: 70 },
      xAxis: { type: 'category', data: data.label, name: data.sumbuX, nameLocation: 'middle', nameGap: 28 },
      yAxis: { type: 'value', name: data.sumbuY, minInterval: 1 },
      series: [
        { name: data.namaSebelum, type: 'bar', data: data.sebelum, itemStyle: { color: '#adb5bd' } },
        { name: data.namaSesudah, type: 'bar', data: data.sesudah, itemStyle: { color: '#0d6efd' } }
      ]
    });
    el.dataset.siap = 'true';
    window.addEventListener('resize', function () { chart.resize(); });
  }

  window.Aparatur.grafik('.grafik-penempatan', gambar);
})();
