// Import page: refuse a file larger than the server's limit before uploading it (the server checks again).
document.addEventListener('htmx:beforeRequest', function (evt) {
  var form = evt.detail.elt;
  if (!form.classList || !form.classList.contains('form-impor')) {
    return;
  }
  var input = form.querySelector('input[type=file]');
  var batas = Number(form.dataset.batas);
  if (input && input.files.length && batas && input.files[0].size > batas) {
    evt.preventDefault();
    var target = document.querySelector(form.getAttribute('hx-target'));
    if (target) {
      var div = document.createElement('div');
      div.className = 'alert alert-danger';
      div.textContent = form.dataset.pesanBatas;
      target.replaceChildren(div);
    }
  }
});
