// Org chart (peta jabatan) and dashboard chart with ECharts; data comes from JSON endpoints named in data-url.
(function () {
  function baganOrganisasi() {
    var el = document.getElementById('bagan-organisasi');
    if (!el || !window.echarts) { return; }
    var chart = echarts.init(el, null, { renderer: 'canvas' });
    var rinci = document.getElementById('bagan-rinci');
    function muat() {
      var url = el.dataset.url;
      if (rinci && rinci.checked) { url += (url.indexOf('?') < 0 ? '?' : '&') + 'rinci=true'; }
      fetch(url, { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
        .then(function (r) { return r.json(); })
        .then(function (data) {
          chart.setOption({
            title: { text: el.dataset.judul, left: 'center', textStyle: { fontSize: 14 } },
            tooltip: {
              trigger: 'item', triggerOn: 'mousemove', confine: true,
              // The tooltip is HTML: names are escaped, only the line breaks are markup.
              formatter: function (p) {
                var teks = window.Aparatur.teksHtml;
                var d = p.data || {};
                var lines = [teks(d.name).replace(/\n/g, '<br>')];
                (d.rincian || []).slice(0, 25).forEach(function (l) { lines.push('• ' + teks(l)); });
                return lines.join('<br>');
              }
            },
            toolbox: { feature: { saveAsImage: { title: el.dataset.simpan, pixelRatio: 2, name: 'peta-jabatan' }, restore: {} } },
            series: [{
              type: 'tree', data: [data], orient: 'LR', top: 40, bottom: 20, left: 140, right: 260,
              symbol: 'circle', symbolSize: 8, initialTreeDepth: 2, roam: true, expandAndCollapse: true,
              label: { position: 'left', verticalAlign: 'middle', align: 'right', fontSize: 11, lineHeight: 14,
                       backgroundColor: '#fff', borderColor: '#0d6efd', borderWidth: 1, padding: [3, 5], borderRadius: 3 },
              leaves: { label: { position: 'right', verticalAlign: 'middle', align: 'left' } },
              lineStyle: { color: '#adb5bd', curveness: 0.5 }, animationDuration: 300
            }]
          }, true);
        });
    }
    muat();
    if (rinci) { rinci.addEventListener('change', muat); }
    var tab = document.getElementById('tombol-tab-bagan');
    if (tab) { tab.addEventListener('shown.bs.tab', function () { chart.resize(); }); }
    window.addEventListener('resize', function () { chart.resize(); });
  }

  function grafikOpd() {
    var el = document.getElementById('grafik-opd');
    if (!el || !window.echarts) { return; }
    var chart = echarts.init(el);
    fetch(el.dataset.url, { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
      .then(function (r) { return r.json(); })
      .then(function (d) {
        chart.setOption({
          tooltip: { trigger: 'axis' }, legend: { top: 0 },
          toolbox: { feature: { saveAsImage: { pixelRatio: 2, name: 'rekap-opd' } } },
          grid: { left: 50, right: 20, bottom: 90, top: 40 },
          xAxis: { type: 'category', data: d.opd, axisLabel: { rotate: 60, fontSize: 10 } },
          yAxis: { type: 'value' },
          series: [{ name: el.dataset.labelB, type: 'bar', data: d.b }, { name: el.dataset.labelK, type: 'bar', data: d.k }]
        });
      });
    window.addEventListener('resize', function () { chart.resize(); });
  }

  document.addEventListener('DOMContentLoaded', function () { baganOrganisasi(); grafikOpd(); });
})();
