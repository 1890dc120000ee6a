// Pictures of the performance dashboard (/kinerja/dasbor). Data come as JSON in data-grafik (the CSP forbids inline
// scripts); ECharts is loaded on demand from data-echarts.
(function () {
  var WARNA = ['#198754', '#0d6efd', '#ffc107', '#fd7e14', '#dc3545'];

  function pilihan(jenis, d, simpan) {
    var alat = { feature: { saveAsImage: { title: simpan, pixelRatio: 2, name: 'dasbor-' + jenis } } };
    if (jenis === 'distribusi') {
      return {
        tooltip: { trigger: 'axis' }, toolbox: alat, grid: { left: 40, right: 20, top: 30, bottom: 50 },
        xAxis: { type: 'category', data: d.label, axisLabel: { interval: 0, rotate: 20 } },
        yAxis: { type: 'value', minInterval: 1 },
        series: [{ type: 'bar', data: d.nilai.map(function (v, i) { return { value: v, itemStyle: { color: WARNA[i] } }; }) }]
      };
    }
    if (jenis === 'unit') {
      return {
        tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } }, toolbox: alat, legend: { top: 0 },
        grid: { left: 10, right: 20, top: 40, bottom: 20, containLabel: true },
        xAxis: { type: 'value', minInterval: 1 },
        yAxis: { type: 'category', data: d.unit, inverse: true },
        series: d.label.map(function (l, i) {
          return { name: l, type: 'bar', stack: 'p', itemStyle: { color: WARNA[i] },
            data: d.nilai.map(function (u) { return u[i]; }) };
        })
      };
    }
    if (jenis === 'jam') {
      var maks = 1;
      d.nilai.forEach(function (v) { maks = Math.max(maks, Number(v[2])); });
      return {
        tooltip: { position: 'top' }, toolbox: alat,
        grid: { left: 10, right: 20, top: 20, bottom: 60, containLabel: true },
        xAxis: { type: 'category', data: d.bulan, splitArea: { show: true } },
        yAxis: { type: 'category', data: d.unit, inverse: true, splitArea: { show: true } },
        visualMap: { min: 0, max: maks, calculable: true, orient: 'horizontal', left: 'center', bottom: 0 },
        series: [{ type: 'heatmap', data: d.nilai, label: { show: true } }]
      };
    }
    return {
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } }, toolbox: alat, legend: { top: 0 },
      grid: { left: 10, right: 20, top: 40, bottom: 20, containLabel: true },
      xAxis: { type: 'value', max: 100 },
      yAxis: { type: 'category', data: d.unit, inverse: true },
      series: [
        { name: d.label[0], type: 'bar', stack: 's', itemStyle: { color: '#198754' }, data: d.sendiri },
        { name: d.label[1], type: 'bar', stack: 's', itemStyle: { color: '#fd7e14' }, data: d.lain }
      ]
    };
  }

  function gambar(el) {
    var d = JSON.parse(el.dataset.grafik || '{}');
    var chart = echarts.init(el);
    chart.setOption(pilihan(el.dataset.jenis, d, el.dataset.labelSimpan || ''));
    el.dataset.siap = 'true';
    window.addEventListener('resize', function () { chart.resize(); });
  }

  window.Aparatur.grafik('.grafik-dasbor', gambar);
})();
