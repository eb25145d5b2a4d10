import { css } from 'lit';

/** The tour editor's look: a column of controls over the map's left side, the scenes a numbered list. */
export const tourEditorStyles = css`
  :host {
    display: flex;
    flex-direction: column;
    gap: 0.6rem;
    font-size: 0.9rem;
  }
  .head {
    display: flex;
    align-items: center;
    gap: 0.5rem;
  }
  h2 {
    flex: 1;
    margin: 0;
    font-size: 1.1rem;
  }
  .close {
    border: none;
    background: none;
    font-size: 1.2rem;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: 0.4rem;
  }
  label {
    display: flex;
    flex-direction: column;
    gap: 0.15rem;
    font-size: 0.85em;
    color: var(--muted);
  }
  label.grow {
    flex: 1;
    min-width: 10em;
  }
  input,
  select,
  textarea {
    font: inherit;
    font-size: 1rem;
    color: var(--ink);
    background: var(--panel);
    border: 1px solid var(--border);
    border-radius: 4px;
    padding: 0.2rem 0.4rem;
  }
  textarea {
    resize: vertical;
    min-height: 2.6em;
  }
  button,
  .file {
    padding: 0.25rem 0.6rem;
    border: 1px solid var(--border);
    border-radius: 4px;
    background: var(--panel);
    color: var(--ink);
    font-size: 0.9rem;
  }
  button.primary {
    background: var(--accent);
    border-color: var(--accent);
    color: var(--onDark);
  }
  button:disabled {
    cursor: default;
    opacity: 0.5;
  }
  /* The file input is reached by keyboard through its label's focus ring. */
  .file {
    display: inline-flex;
    flex-direction: row;
    cursor: pointer;
  }
  .file:focus-within {
    outline: 3px solid var(--focus);
    outline-offset: 2px;
  }
  .file input {
    position: absolute;
    opacity: 0;
    width: 1px;
    height: 1px;
  }
  form {
    display: flex;
    flex-direction: column;
    gap: 0.35rem;
    padding: 0.5rem;
    border: 1px dashed var(--border);
    border-radius: 4px;
  }
  .hint {
    margin: 0;
    font-size: 0.8em;
  }
  .message {
    margin: 0;
    padding: 0.4rem 0.6rem;
    border-radius: 4px;
    background: var(--dangerBg);
    border: 1px solid var(--danger);
    overflow-wrap: anywhere;
  }
  .message.ok {
    background: var(--panel);
    border-color: var(--accent);
  }
  .message ul {
    margin: 0.3rem 0 0;
    padding-left: 1.2rem;
  }
  ol {
    margin: 0;
    padding: 0;
    list-style: none;
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
  }
  li {
    display: grid;
    grid-template-columns: 1.8em 1fr;
    gap: 0.25rem 0.4rem;
    padding: 0.4rem;
    border: 1px solid var(--border);
    border-radius: 4px;
  }
  li .n {
    grid-row: span 4;
    font-weight: 700;
    text-align: center;
    color: var(--accent);
  }
  .captured {
    margin: 0;
    font-size: 0.8em;
  }
  .scene-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.3rem;
  }
`;
