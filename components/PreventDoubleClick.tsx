"use client";

import { useEffect } from "react";

const ATTRIBUTE = "data-prevent-double-click";
const WINDOW_MS = 1000;
let installed = false;
const lastClick = new WeakMap<Element, number>();

function onClick(event: MouseEvent) {
  const target = event.target instanceof Element ? event.target.closest(`[${ATTRIBUTE}="true"]`) : null;
  if (!target) return;
  const now = event.timeStamp || Date.now();
  const previous = lastClick.get(target);
  if (previous !== undefined && now - previous < WINDOW_MS) {
    event.preventDefault();
    event.stopPropagation();
    return;
  }
  lastClick.set(target, now);
}

/**
 * Renders nothing. Installs (once per page) a capturing click listener that swallows a second
 * click within a second on any element with `data-prevent-double-click="true"`, as
 * govuk-frontend's Button script does. Without JavaScript the button simply works as normal.
 */
export function PreventDoubleClick() {
  useEffect(() => {
    if (installed) return;
    installed = true;
    document.addEventListener("click", onClick, true);
  }, []);
  return null;
}
