/** A map control that frames the whole cluster again; its label follows the interface language. */
import type { IControl, Map as MlMap } from 'maplibre-gl';
import { CLUSTER_BOUNDS } from '../config.ts';

export class HomeControl implements IControl {
  private container: HTMLElement | null = null;
  private button: HTMLButtonElement | null = null;
  private readonly onClick = (): void => {
    const reduce = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
    this.map?.fitBounds(CLUSTER_BOUNDS, { padding: 24, animate: !reduce });
  };
  private map: MlMap | null = null;

  constructor(private label: string) {}

  onAdd(map: MlMap): HTMLElement {
    this.map = map;
    const container = document.createElement('div');
    container.className = 'maplibregl-ctrl maplibregl-ctrl-group';
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'gz-home';
    button.textContent = '⌂';
    button.addEventListener('click', this.onClick);
    container.appendChild(button);
    this.container = container;
    this.button = button;
    this.setLabel(this.label);
    return container;
  }

  onRemove(): void {
    this.button?.removeEventListener('click', this.onClick);
    this.container?.remove();
    this.container = null;
    this.button = null;
    this.map = null;
  }

  setLabel(label: string): void {
    this.label = label;
    this.button?.setAttribute('aria-label', label);
    if (this.button) this.button.title = label;
  }
}
