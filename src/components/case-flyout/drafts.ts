import { clear, createStore, del, get, set, type UseStore } from 'idb-keyval';

// Drafts of new cases live in IndexedDB, so a reload, a crash or a closed tab loses nothing. They
// are written as the agent types (debounced by the form) and removed only after the server has
// confirmed the case.

/** Everything needed to bring a new case back exactly as the agent left it. */
export interface CaseDraft {
  customerId: string;
  customerName: string;
  subject: string;
  /** The editor's HTML (sanitized again before it is sent). */
  description: string;
  status: string;
  priority: string;
  reasonId: string;
  /** One key per draft, reused on every retry, so the server creates the case once. */
  idempotencyKey: string;
  updatedAt: string;
}

let store: UseStore | undefined;
const draftStore = () => (store ??= createStore('cxkit', 'case-drafts'));

/** Drafts are kept per customer and per `draftKey`, so two flyouts never share one. */
export function draftId(customerId: string | undefined, draftKey: string | undefined): string {
  return `${customerId || '-'}|${draftKey || 'default'}`;
}

export async function loadDraft(id: string): Promise<CaseDraft | undefined> {
  try {
    return await get<CaseDraft>(id, draftStore());
  } catch (error) {
    // Private windows and locked-down browsers may refuse IndexedDB: the form still works.
    console.warn('cxkit: could not read the case draft.', error);
    return undefined;
  }
}

export async function saveDraft(id: string, draft: CaseDraft): Promise<void> {
  try {
    await set(id, draft, draftStore());
  } catch (error) {
    console.warn('cxkit: could not save the case draft.', error);
  }
}

export async function deleteDraft(id: string): Promise<void> {
  try {
    await del(id, draftStore());
  } catch (error) {
    console.warn('cxkit: could not delete the case draft.', error);
  }
}

/** Deletes every case draft on this device, e.g. when the agent signs out of a shared computer. */
export async function clearCaseDrafts(): Promise<void> {
  await clear(draftStore());
}
