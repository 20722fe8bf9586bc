import type { LanguagePhrases } from './types.ts';

/**
 * Chinese, simplified and traditional. Written without spaces: each character is a word (text.ts
 * `words`), so phrases match as written.
 */
export const zh: LanguagePhrases = {
  newsletter: {
    strong: [
      // A browser-notification prompt is a sign-up.
      '开启通知',
      '订阅我们的电子报',
      '訂閱我們的電子報',
      '订阅电子报',
      '訂閱電子報',
      '订阅通讯',
      '訂閱通訊',
      '邮件订阅',
      '郵件訂閱',
      '订阅邮件',
      '訂閱郵件',
      '输入您的邮箱',
      '輸入您的電子郵件',
      '发送到您的邮箱',
      '寄到您的信箱',
    ],
    weak: ['电子报', '電子報', '邮箱', '信箱', '电子邮件', '電子郵件', '订阅', '訂閱'],
  },
  donation: {
    strong: [
      '支持我们',
      '支持我們',
      '请支持',
      '請支持',
      '捐助我们',
      '捐助我們',
      '赞助我们',
      '贊助我們',
      '为我们捐款',
      '為我們捐款',
      '成为支持者',
      '成為支持者',
      '打赏',
      '打賞',
    ],
    weak: ['捐款', '捐助', '赞助', '贊助', '支持'],
  },
  membership: {
    strong: [
      // Reading without ads is what a membership sells.
      '无广告',
      '成为会员',
      '成為會員',
      '开通会员',
      '開通會員',
      '付费订阅',
      '付費訂閱',
      '会员专享',
      '會員專享',
      '订阅即可阅读',
      '訂閱即可閱讀',
      '无限阅读',
      '無限閱讀',
      '首月免费',
      '首月免費',
    ],
    weak: ['会员', '會員', '订阅', '訂閱', '付费', '付費'],
  },
  markup: {},
  account: ['登录', '登入', '登錄'],
  calls: ['立即', '马上', '馬上', '订阅', '訂閱', '关注', '關注', '下载', '下載'],
  dismiss: ['稍后再说', '稍後再說', '以后再说', '以後再說', '下次再说', '下次再說'],
  // Payment words only: "每年" (every year) next to a price is as often an entrance fee as an offer.
  frequency: {
    once: ['一次性', '单次', '單次'],
    monthly: ['按月', '月付', '连续包月', '連續包月'],
    annual: ['按年', '年付', '连续包年', '連續包年'],
  },
  app: ['下载 app', '下載 app', '下载客户端', '下載客戶端', 'app 商店', '应用商店', '應用商店', '扫码下载', '掃碼下載'],
  social: ['关注我们', '關注我們', '微信公众号', '微信公眾號'],
  comments: ['发表评论', '發表評論', '查看评论', '查看評論'],
};
