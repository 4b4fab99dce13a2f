// Checks the photos before they travel over a weak connection: how many, and how large each one is.
document.querySelectorAll('form[data-max-images]').forEach(form => {
  const input = form.querySelector('input[type=file]');
  const hint = form.querySelector('#photos-hint');
  const maxImages = Number(form.dataset.maxImages);
  const maxBytes = Number(form.dataset.maxImageBytes);
  const problem = () => {
    const files = Array.from(input.files);
    if (files.length > maxImages) return `最多选择 ${maxImages} 张照片。`;
    const large = files.find(file => file.size > maxBytes);
    return large ? `照片“${large.name}”超过 ${maxBytes / 1024 / 1024} MB，请换一张或压缩后再传。` : '';
  };
  const chosen = form.querySelector('#photos-chosen');
  const show = () => {
    const files = Array.from(input.files);
    chosen.textContent = files.length === 0 ? '未选择照片' : `已选择 ${files.length} 张：${files.map(file => file.name).join('、')}`;
    const message = problem();
    hint.textContent = message;
    hint.hidden = message === '';
    return message === '';
  };
  input.addEventListener('change', show);
  form.addEventListener('submit', event => { if (!show()) event.preventDefault(); });
});
