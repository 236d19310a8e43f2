// Imported first by the strict-CSP page, so that it listens before any other module runs: counts
// every `securitypolicyviolation` and shows it on the page (and to the end-to-end tests).

/** The violations seen so far, for the end-to-end tests and the console. */
export const violations: { directive: string; blockedURI: string; sample: string }[] = [];
Object.assign(window, { cxCspViolations: violations });

document.addEventListener('securitypolicyviolation', (event) => {
  violations.push({
    directive: event.effectiveDirective,
    blockedURI: event.blockedURI,
    sample: event.sample,
  });
  console.error('cxkit sandbox: CSP violation', event.effectiveDirective, event.blockedURI, event.sample);
  showViolations();
});

/** Writes the count (and the last violation) into the page's status line. */
export function showViolations(): void {
  const status = document.querySelector('#violations');
  if (!status) return;
  const last = violations.at(-1);
  status.textContent = `Policy violations so far: ${violations.length}${last ? ` (last: ${last.directive} ${last.blockedURI})` : ''}`;
  status.classList.toggle('secure-status-bad', violations.length > 0);
}
