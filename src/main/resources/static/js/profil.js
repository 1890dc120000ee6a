// Profile page (pegawai/detail.html): tab state in the URL, riwayat form fields by jenis, lazy tab errors.
(function () {
  var akar = document.getElementById('profil-pegawai');
  if (!akar) {
    return;
  }

  // Tab state: ?tab= is rendered by the server; a #hash (e.g. #riwayat) also opens a tab. Switching updates ?tab=
  // without reloading, so a reload or a shared link opens the same tab.
  var tombol = akar.querySelectorAll('#tab-profil [data-bs-toggle="tab"]');
  tombol.forEach(function (t) {
    t.addEventListener('shown.bs.tab', function () {
      var url = new URL(window.location.href);
      url.searchParams.set('tab', t.getAttribute('data-tab'));
      url.hash = '';
      window.history.replaceState(null, '', url.toString());
    });
  });
  var hash = window.location.hash.replace('#', '').replace('tab-', '');
  if (hash) {
    var dariHash = document.getElementById('tombol-' + hash);
    if (dariHash && window.bootstrap) {
      window.bootstrap.Tab.getOrCreateInstance(dariHash).show();
    }
  }

  // Kompetensi/kesenjangan are fragments of another module: show a message instead of a spinner forever on error.
  document.body.addEventListener('htmx:responseError', function (e) {
    var el = e.detail.elt;
    if (el && el.classList && el.classList.contains('muat-tab')) {
      var spinner = el.querySelector('.spinner-border');
      if (spinner && spinner.parentElement) {
        spinner.parentElement.classList.add('d-none');
      }
      var galat = el.querySelector('.galat-muat');
      if (galat) {
        galat.classList.remove('d-none');
      }
    }
  });

  // Enter in the position search searches; it does not submit the minat form.
  var cari = document.getElementById('cari-jabatan');
  if (cari) {
    cari.addEventListener('keydown', function (e) {
      if (e.key === 'Enter') {
        e.preventDefault();
      }
    });
  }

  // Riwayat form: show only the inputs that apply to the chosen jenis.
  var jenis = akar.querySelector('[data-pilih-jenis]');
  if (jenis) {
    var form = jenis.form;
    var sesuaikan = function () {
      form.querySelectorAll('[data-jenis]').forEach(function (el) {
        var cocok = el.getAttribute('data-jenis').split(' ').indexOf(jenis.value) >= 0;
        el.classList.toggle('d-none', !cocok);
      });
    };
    jenis.addEventListener('change', sesuaikan);
    sesuaikan();
  }
})();
