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
      let found = 0;
      this.itemTargets.forEach((item) => {
        const match = words.every((word) => fold(item.textContent).includes(word));
        const ticked = item.querySelector('input:checked') !== null;
        item.hidden = !(match || ticked); // ticked entries stay in sight
        found += match ? 1 : 0;
      });
      this.emptyTarget.hidden = found > 0;
    }

    ignore(event) {
      event.preventDefault(); // Enter in the box must not submit the page
    }
  }

  window.wagtail.app.register('cso-filter-list', FilterListController);
})();
