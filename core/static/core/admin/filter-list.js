/* A text box that narrows a long checkbox list in the page editor (core/widgets.py). */
(() => {
  const { Controller } = window.StimulusModule;
  const fold = (text) =>
    text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().trim();

  class FilterListController extends Controller {
    static targets = ['box', 'input', 'item', 'empty'];

    connect() {
      this.boxTarget.hidden = false;
    }

    filter() {
      const words = fold(this.inputTarget.value).split(/\s+/).filter(Boolean);
      let shown = 0;
      this.itemTargets.forEach((item) => {
        const text = fold(item.textContent);
        const ticked = item.querySelector('input:checked') !== null;
        const match = ticked || words.every((word) => text.includes(word));
        item.hidden = !match;
        shown += match ? 1 : 0;
      });
      this.emptyTarget.hidden = shown > 0;
    }

    ignore(event) {
      event.preventDefault(); // Enter in the box must not submit the page
    }
  }

  window.wagtail.app.register('cso-filter-list', FilterListController);
})();
