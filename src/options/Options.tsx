import { useEffect, useState } from 'preact/hooks';
import { APPEAL_CATEGORIES, type AppealCategory } from '../core/article.ts';
import { loadSettings, saveSettings } from '../shared/settings-store.ts';
import type { Settings } from '../shared/settings.ts';

export function Options() {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    loadSettings().then(setSettings);
  }, []);
  if (!settings) return null;

  const toggle = (category: AppealCategory) => {
    const next = { ...settings, hide: { ...settings.hide, [category]: !settings.hide[category] } };
    setSettings(next);
    void saveSettings(next);
  };

  return (
    <main>
      <h1>Lectern settings</h1>
      <fieldset>
        <legend>Hide in the reading view</legend>
        {APPEAL_CATEGORIES.map((category) => (
          <label key={category}>
            <input type="checkbox" checked={settings.hide[category]} onChange={() => toggle(category)} /> {category}
          </label>
        ))}
      </fieldset>
    </main>
  );
}
