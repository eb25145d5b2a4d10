import type { Catalogue } from './entry.ts';

/**
 * Strings of the tour editor (tour-editor.ts), Japanese first. Apart from UI so that they load
 * with the editor, not with the first screen (i18n.ts `fill` fills their placeholders); the
 * catalogue test checks them with the others.
 */
export const TOURS_UI = {
  heading: { ja: 'ツアーを作る', en: 'Make a tour' },
  tourPick: { ja: 'ツアー', en: 'Tour' },
  tourName: { ja: 'ツアーの名前', en: 'Tour name' },
  newTour: { ja: '新しいツアー', en: 'New tour' },
  deleteTour: { ja: 'このツアーを削除', en: 'Delete this tour' },
  noTours: {
    ja: 'ツアーはまだありません。「新しいツアー」で作成するか、ファイルから読み込んでください。',
    en: 'No tours yet: make a new one, or import a file.',
  },
  sceneCount: { ja: '{n} 場面', en: '{n} scenes' },
  sceneTitle: { ja: '場面の題', en: 'Scene title' },
  sceneCaption: { ja: '説明', en: 'Caption' },
  sceneDefaultTitle: { ja: '場面 {n}', en: 'Scene {n}' },
  addScene: { ja: 'この画面を場面に追加', en: 'Add this view as a scene' },
  addSceneHint: {
    ja: '今の絞り込み・選択・地図の位置・強調した施設を場面として記録します。',
    en: 'Records the filters, the selection, the map view and the highlighted items as they are now.',
  },
  noScenes: {
    ja: '場面はまだありません。地図と絞り込みを整えて「この画面を場面に追加」を押してください。',
    en: 'No scenes yet: set the map and the filters, then press “Add this view as a scene”.',
  },
  moveUp: { ja: '場面 {n} を上へ', en: 'Move scene {n} up' },
  moveDown: { ja: '場面 {n} を下へ', en: 'Move scene {n} down' },
  preview: { ja: 'ここから再生', en: 'Play from here' },
  removeScene: { ja: '場面 {n} を削除', en: 'Delete scene {n}' },
  remove: { ja: '削除', en: 'Delete' },
  playAll: { ja: 'ツアーを再生', en: 'Play the tour' },
  exportFile: { ja: 'ファイルに書き出す', en: 'Export as a file' },
  importFile: { ja: 'ファイルから読み込む', en: 'Import a file' },
  imported: { ja: '「{title}」を読み込みました（{n} 場面）', en: 'Imported “{title}” ({n} scenes)' },
  importFailed: {
    ja: '{file} を読み込めませんでした。保存済みのツアーはそのままです。',
    en: '{file} could not be imported; the kept tours are unchanged.',
  },
  issueScene: { ja: '場面 {scene}', en: 'scene {scene}' },
  issueField: { ja: '項目 {field}', en: 'field {field}' },
  storageQuota: {
    ja: 'ブラウザの保存容量が足りず、変更を保存できませんでした。不要なツアーを削除するか、ファイルに書き出してください。',
    en: 'The browser has no room left, so the change was not saved. Delete a tour you no longer need, or export it as a file.',
  },
  storageUnavailable: {
    ja: 'このブラウザにはツアーを保存できません（{message}）。ファイルに書き出してください。',
    en: 'Tours cannot be kept in this browser ({message}): export them as files.',
  },
  storageUnreadable: { ja: '保存されたツアーの一部を読めませんでした：{detail}', en: 'Some kept tours could not be read: {detail}' },
  capturedSelection: { ja: '選択：{name}', en: 'Selected: {name}' },
  capturedFilters: { ja: '絞り込み {n} 件', en: '{n} filters' },
  capturedRegion: { ja: '地域全体', en: 'Whole region' },
  capturedView: { ja: '地図 {lon}, {lat}（ズーム {zoom}）', en: 'Map {lon}, {lat} (zoom {zoom})' },
} as const satisfies Catalogue;

export type ToursUiKey = keyof typeof TOURS_UI;
