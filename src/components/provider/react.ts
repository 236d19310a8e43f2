import { createComponent } from '@lit/react';
import * as React from 'react';
import { CxProvider as CxProviderElement } from './define.js';

/** `<cx-provider>`: configuration (API, language, theme, data source) for the widgets inside it. */
export const CxProvider = createComponent({
  tagName: 'cx-provider',
  elementClass: CxProviderElement,
  react: React,
});
