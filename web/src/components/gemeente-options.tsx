import { gemeenteNames, gemeenten } from '../../../functions/regions/gemeenten';

/**
 * The typeahead's list: every gemeente of the CBS list valid on the peildatum, by its CBS name and
 * any everyday name ("Den Haag"). A native datalist, so the browser's own suggestion list does the
 * keyboard and screen-reader work; the field still takes any text and the page checks it on submit.
 */
export function GemeenteOptions({ id, peildatum }: { id: string; peildatum: string }) {
  return (
    <datalist id={id}>
      {gemeenten(peildatum).flatMap((gemeente) =>
        gemeenteNames(gemeente.code, peildatum).map((name) => <option key={name} value={name} />),
      )}
    </datalist>
  );
}
