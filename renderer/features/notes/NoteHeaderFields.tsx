import { useTranslation } from 'react-i18next';
import {
  CLASSIFICATION_LABELS,
  CLASSIFICATIONS,
  NOTE_FIELD_LABELS,
  type Classification,
  type NoteFields,
  type NoteLanguage,
} from '../../../shared/model/index.ts';

type Editable = keyof NoteFields;

function Field({
  name,
  language,
  fields,
  onChange,
}: {
  name: Editable;
  language: NoteLanguage;
  fields: NoteFields;
  onChange: (fields: NoteFields) => void;
}) {
  const id = `note-field-${name}`;
  return (
    <div className="note-field">
      <label htmlFor={id}>{NOTE_FIELD_LABELS[language][name]}</label>
      <input
        id={id}
        value={fields[name] ?? ''}
        onChange={(event) => onChange({ ...fields, [name]: event.target.value })}
      />
    </div>
  );
}

/** To / From / Date / File number / Tracking number / Security classification, labelled in the note's language. */
export function NoteHeaderFields(props: {
  language: NoteLanguage;
  fields: NoteFields;
  classification: Classification;
  onChange: (fields: NoteFields) => void;
  onClassification: (classification: Classification) => void;
}) {
  const { language } = props;
  // Labelled in the note's language, like its fields, whatever the interface's language.
  const { i18n } = useTranslation();
  const inNoteLanguage = i18n.getFixedT(language);
  return (
    <div className="note-header-fields" role="group" aria-label={inNoteLanguage('notes.header')}>
      <Field name="to" {...props} />
      <Field name="from" {...props} />
      <Field name="date" {...props} />
      <Field name="fileNumber" {...props} />
      <Field name="trackingNumber" {...props} />
      <div className="note-field">
        <label htmlFor="note-field-classification">{NOTE_FIELD_LABELS[language].classification}</label>
        <select
          id="note-field-classification"
          value={props.classification}
          onChange={(event) => props.onClassification(event.target.value as Classification)}
        >
          {CLASSIFICATIONS.map((c) => (
            <option key={c} value={c}>
              {CLASSIFICATION_LABELS[language][c]}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}

/** Prepared by / Approved by, at the end of the note. */
export function NoteSignoffFields(props: {
  language: NoteLanguage;
  fields: NoteFields;
  onChange: (fields: NoteFields) => void;
}) {
  const { i18n } = useTranslation();
  const inNoteLanguage = i18n.getFixedT(props.language);
  return (
    <div className="note-signoff-fields" role="group" aria-label={inNoteLanguage('notes.signoff')}>
      <Field name="preparedBy" {...props} />
      <Field name="approvedBy" {...props} />
    </div>
  );
}
