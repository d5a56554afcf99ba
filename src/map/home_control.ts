/**
 * A map control that frames the whole cluster again; its label follows the interface language. It only asks: the
 * action it is given goes through the store, so Home frames exactly as the opening view does. The same one-button
 * control, with another symbol, opens the take-away dialog on phones whose Share button opens the system sheet.
 */
import type { IControl } from 'maplibre-gl';

export class HomeControl implements IControl {
  private container: HTMLElement | null = null;
  private button: HTMLButtonElement | null = null;
  private readonly onClick = (): void => this.onHome();

  constructor(
    private label: string,
    private readonly onHome: () => void,
    private readonly look: { className: string; symbol: string } = { className: 'gz-home', symbol: '⌂' },
  ) {}

  onAdd(): HTMLElement {
    const container = document.createElement('div');
    container.className = 'maplibregl-ctrl maplibregl-ctrl-group';
    const button = document.createElement('button');
    button.type = 'button';
    button.className = this.look.className;
    button.textContent = this.look.symbol;
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
  }

  setLabel(label: string): void {
    this.label = label;
    this.button?.setAttribute('aria-label', label);
    if (this.button) this.button.title = label;
  }
}
