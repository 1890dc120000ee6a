// Searchable pickers (templates/fragments/pemilih.html, docs/pemilih.md). The search box asks the server through htmx
// (hx-get, input changed delay:300ms) and gets the choices as <li role="option" data-nilai="…">; this script makes
// the list a keyboard-accessible listbox (arrow keys, Enter, Escape; mouse too), copies the chosen option's text into
// the summary and its value into the hidden input, and keeps a required picker from being sent empty. No inline
// scripts and nothing evaluated: the CSP is script-src 'self'. Listeners sit on the document, so pickers that htmx
// swaps in later work as well.
(function () {
  function bagian(el) {
    var akar = el && el.closest ? el.closest('[data-pemilih]') : null;
    if (!akar) { return null; }
    return {
      akar: akar,
      nilai: akar.querySelector('.pemilih-nilai'),
      cari: akar.querySelector('.pemilih-cari'),
      daftar: akar.querySelector('.pemilih-daftar'),
      terpilih: akar.querySelector('.pemilih-terpilih'),
      ringkasan: akar.querySelector('.pemilih-ringkasan'),
      pencarian: akar.querySelector('.pemilih-pencarian'),
      galat: akar.querySelector('.pemilih-galat')
    };
  }

  function opsi(b) {
    return Array.prototype.slice.call(b.daftar.querySelectorAll('[role=option]'));
  }

  function terbuka(b) {
    return !b.daftar.classList.contains('d-none');
  }

  function buka(b, ya) {
    b.daftar.classList.toggle('d-none', !ya);
    b.cari.setAttribute('aria-expanded', ya ? 'true' : 'false');
    if (!ya) { b.cari.removeAttribute('aria-activedescendant'); }
  }

  function aktif(b) {
    return opsi(b).findIndex(function (o) { return o.classList.contains('active'); });
  }

  function aktifkan(b, i) {
    var daftar = opsi(b);
    daftar.forEach(function (o, j) {
      o.classList.toggle('active', j === i);
      o.setAttribute('aria-selected', j === i ? 'true' : 'false');
    });
    if (daftar[i]) {
      b.cari.setAttribute('aria-activedescendant', daftar[i].id);
      daftar[i].scrollIntoView({ block: 'nearest' });
    } else {
      b.cari.removeAttribute('aria-activedescendant');
    }
  }

  // Summary shown (a value is chosen) or the search box.
  function ringkas(b, ya) {
    b.terpilih.classList.toggle('d-none', !ya);
    b.pencarian.classList.toggle('d-none', ya);
    buka(b, false);
    if (ya || b.nilai.value) { b.galat.classList.remove('d-block'); }
  }

  function ubahNilai(b, nilai) {
    b.nilai.value = nilai;
    b.nilai.dispatchEvent(new Event('change', { bubbles: true }));
  }

  function pilih(b, o) {
    var isi = o.querySelector('.pemilih-isi') || o;
    b.ringkasan.replaceChildren.apply(b.ringkasan,
      Array.prototype.map.call(isi.childNodes, function (n) { return n.cloneNode(true); }));
    ubahNilai(b, o.dataset.nilai);
    ringkas(b, true);
    var ganti = b.terpilih.querySelector('.pemilih-ganti');
    if (ganti) { ganti.focus(); }
  }

  function cariLagi(b) {
    ringkas(b, false);
    b.cari.value = '';
    b.daftar.replaceChildren();
    b.cari.focus();
  }

  // New choices arrived: number them for aria-activedescendant, open the list, nothing active yet.
  document.addEventListener('htmx:afterSwap', function (e) {
    var b = bagian(e.target);
    if (!b || e.target !== b.daftar) { return; }
    opsi(b).forEach(function (o, i) { o.id = b.akar.id + '-opsi-' + i; });
    buka(b, b.daftar.children.length > 0 && document.activeElement === b.cari);
    aktifkan(b, -1);
  });

  document.addEventListener('keydown', function (e) {
    if (!e.target.classList || !e.target.classList.contains('pemilih-cari')) { return; }
    var b = bagian(e.target);
    var daftar = opsi(b);
    var i = aktif(b);
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      if (!terbuka(b) && b.daftar.children.length) { buka(b, true); }
      aktifkan(b, Math.min(daftar.length - 1, i + 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      aktifkan(b, Math.max(0, i - 1));
    } else if (e.key === 'Enter') {
      // Enter in a search box never sends the form: typed text is not a choice.
      e.preventDefault();
      if (terbuka(b) && daftar.length) { pilih(b, daftar[i < 0 ? 0 : i]); }
    } else if (e.key === 'Escape') {
      if (terbuka(b)) {
        e.preventDefault();
        buka(b, false);
      } else if (b.nilai.value) {
        e.preventDefault();
        ringkas(b, true);
      }
    }
  });

  document.addEventListener('click', function (e) {
    var t = e.target;
    var o = t.closest ? t.closest('.pemilih-daftar [role=option]') : null;
    if (o) { pilih(bagian(o), o); return; }
    var ganti = t.closest ? t.closest('.pemilih-ganti') : null;
    if (ganti) { cariLagi(bagian(ganti)); return; }
    var kosong = t.closest ? t.closest('.pemilih-kosongkan') : null;
    if (kosong) {
      var b = bagian(kosong);
      ubahNilai(b, '');
      cariLagi(b);
      return;
    }
    // A click elsewhere closes open lists.
    document.querySelectorAll('[data-pemilih] .pemilih-daftar:not(.d-none)').forEach(function (d) {
      var x = bagian(d);
      if (!x.akar.contains(t)) { buka(x, false); }
    });
  });

  // Pressing on a choice keeps the focus in the search box (the click then chooses it); leaving the picker closes it.
  document.addEventListener('mousedown', function (e) {
    if (e.target.closest && e.target.closest('.pemilih-daftar')) { e.preventDefault(); }
  });

  document.addEventListener('focusout', function (e) {
    if (!e.target.classList || !e.target.classList.contains('pemilih-cari')) { return; }
    var b = bagian(e.target);
    if (!e.relatedTarget || !b.akar.contains(e.relatedTarget)) { buka(b, false); }
  });

  document.addEventListener('focusin', function (e) {
    if (e.target.classList && e.target.classList.contains('pemilih-cari')) {
      var b = bagian(e.target);
      if (b.daftar.children.length) { buka(b, true); }
    }
  });

  // A required picker without a choice keeps its form from being sent (the server checks again).
  document.addEventListener('submit', function (e) {
    var pertama = null;
    e.target.querySelectorAll('[data-pemilih][data-wajib]').forEach(function (p) {
      var b = bagian(p);
      if (!b.nilai.value) {
        b.galat.classList.add('d-block');
        if (!pertama) { pertama = b; }
      }
    });
    if (pertama) {
      e.preventDefault();
      ringkas(pertama, false);
      pertama.cari.focus();
    }
  }, true);
})();
