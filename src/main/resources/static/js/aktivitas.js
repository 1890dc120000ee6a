// Effective hours per day of the activity summary page. Data comes as JSON in data-grafik (the CSP forbids inline
// scripts); ECharts is loaded on demand from data-echarts.
(function () {
  function gambar(el) {
    var data = JSON.parse(el.dataset.grafik || '{}');
    if (!data.tanggal) { return; }
    var chart = echarts.init(el);
    chart.setOption({
      tooltip: { trigger: 'axis' },
      toolbox: { feature: { saveAsImage: { title: el.dataset.labelSimpan || '', pixelRatio: 2, name: 'jam-efektif' } } },
      grid: { left: 50, right: 20, top: 30, bottom: 30 },
      xAxis: { type: 'category', data: data.tanggal },
      yAxis: { type: 'value', name: data.sumbuY },
      series: [{ type: 'bar', data: data.jam, itemStyle: { color: '#0d6efd' },
        markLine: { silent: true, symbol: 'none', data: [{ yAxis: 7.5 }], lineStyle: { color: '#198754' } } }]
    });
    el.dataset.siap = 'true';
    window.addEventListener('resize', function () { chart.resize(); });
  }

  window.Aparatur.grafik('.grafik-aktivitas', gambar);
})();
