import type { LanguagePhrases } from './types.ts';

/** Japanese. Written without spaces: each character is a word (text.ts `words`), so phrases match as written. */
export const ja: LanguagePhrases = {
  newsletter: {
    strong: [
      // A browser-notification prompt is a sign-up.
      '通知をオン',
      'メールマガジン',
      'メルマガ登録',
      'メルマガ配信',
      'メルマガを購読',
      'メルマガ会員',
      'ニュースレターを購読',
      'ニュースレターに登録',
      'ニュースレター登録',
      'ニュースレターの購読',
      'メールで受け取る',
      'メールでお届け',
      'メールで配信',
      'メールアドレスを入力',
      '配信登録',
      '登録無料',
      '無料で登録',
      '配信停止はいつでも',
    ],
    weak: ['メルマガ', 'ニュースレター', 'メール', '配信'],
  },
  donation: {
    strong: [
      'ご寄付',
      '寄付する',
      '寄付をお願い',
      '寄付はこちら',
      'ご支援をお願い',
      'ご支援ください',
      '支援をお願い',
      '私たちを支援',
      '活動を支援',
      '独立したジャーナリズム',
    ],
    weak: ['寄付', '支援', '募金', '応援'],
  },
  membership: {
    strong: [
      // Reading without ads is what a membership sells.
      '広告なし',
      '会員登録',
      '無料会員',
      '有料会員',
      'プレミアム会員',
      '会員限定',
      '会員になる',
      '定期購読',
      '購読する',
      '購読のお申し込み',
      '続きを読むには',
      '初月無料',
      '読み放題',
    ],
    weak: ['会員', '購読', '有料', 'プレミアム', '月額'],
  },
  markup: {},
  account: ['ログイン', 'サインイン'],
  calls: ['今すぐ', '無料で'],
  // Not a bare "後で" / "あとで" ("later"): characters match inside words, and "その後で" is prose.
  dismiss: ['また今度', '今はしない', '後で通知', 'あとで通知'],
  // Payment words only: "毎年" (every year) next to a price is as often an entrance fee as an offer.
  frequency: {
    once: ['1回のみ', '今回のみ', '単発'],
    monthly: ['月額', '月払い'],
    annual: ['年額', '年払い'],
  },
  app: ['アプリをダウンロード', 'アプリをインストール', 'アプリで読む', '公式アプリ'],
  social: ['フォローする', 'フォローしてください', 'でフォロー'],
  comments: ['コメントする', 'コメントを書く', 'コメントを見る'],
};
