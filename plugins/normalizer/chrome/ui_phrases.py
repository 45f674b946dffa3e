"""Buttons and prompts of the page's interface: share, subscribe, log in,
print, listen, advertisement labels… in the languages readers clip from.

Only short lines are considered, and the whole line must be made of such
phrases, so an article sentence that mentions "share" is never touched.
"""

from __future__ import annotations

from ..segments import Segment
from ._lexicon import only_phrases, phrase_set

UI_PHRASES = phrase_set([
    # English
    "share", "share this", "share this article", "share on facebook", "share on twitter", "share on x",
    "tweet", "facebook", "twitter", "x", "whatsapp", "telegram", "linkedin", "reddit", "pinterest",
    "vk", "vkontakte", "вконтакте", "одноклассники", "ok", "дзен", "rutube", "weibo", "微博", "微信", "wechat",
    "kakaotalk", "카카오톡", "zalo", "threads", "bluesky", "mastodon", "instagram", "youtube", "tiktok", "xing",
    "flipboard", "messenger", "viber", "email", "फेसबुक", "एक्स", "व्हाट्सऐप", "ट्विटर", "इंस्टाग्राम", "फॉन्ट साइज",
    "कॉपी लिंक", "کپی لینک", "اشتراک گذاری", "تلگرام", "واتساپ", "اینستاگرام", "κοινοποίηση", "facebook share", "e-mail", "print", "save", "saved", "bookmark", "copy link", "link copied",
    "subscribe", "subscribe now", "unsubscribe", "sign in", "sign up", "log in", "login", "log out",
    "register", "log in or register", "to participate in the discussion", "create account", "my account",
    "follow us", "follow", "menu", "search", "home", "close", "open", "next", "previous", "back", "back to top",
    "advertisement", "advertising", "sponsored", "sponsored content", "ad", "ads", "promoted",
    "listen", "listen to this article", "play", "play video", "watch", "watch video", "video", "audio",
    "read more", "load more", "show more", "show comments", "comments", "comment", "add comment",
    "leave a comment", "newsfeed", "news feed", "chats", "loader", "loading", "skip to content",
    "skip to main content", "accept", "accept all", "reject all", "manage preferences", "settings",
    "menú", "menù", "ver versión completa", "view full version", "voir la version complète", "vollständige version",
    "ver versão completa", "字體大小", "字体大小", "меню сайта", "tap to unmute", "unmute", "open in app", "abrir no app", "abrir en la app",
    "configure", "customise", "customize", "agree", "i agree", "reject", "decline", "more options",
    "configurar", "aceptar", "rechazar", "gestionar", "personalizar", "akzeptieren", "ablehnen", "einstellungen",
    "zustimmen", "accepter", "refuser", "paramétrer", "personnaliser", "accetta", "rifiuta", "aceitar", "recusar",
    "akkoord", "weigeren", "godta", "avvis", "принять", "отклонить", "настроить", "同意", "拒绝", "拒絕", "동의",
    "about us", "press info", "terms of use", "terms of service", "contact us", "contacts", "privacy",
    "android apk", "download the app", "app store", "google play", "rss", "top", "more", "gift this article",
    "font size", "text size", "dark mode", "translate", "report an error", "feedback", "my news",
    "scroll to continue", "advertisement scroll to continue", "report this ad", "copy", "gift article",
    # German
    "teilen", "merken", "drucken", "abonnieren", "jetzt abonnieren", "anmelden", "abmelden", "registrieren",
    "anzeige", "werbung", "hören", "artikel hören", "vorlesen", "kommentieren", "zur startseite", "suche",
    "mehr", "schließen", "weiter", "zurück", "impressum", "kontakt", "link kopieren", "startseite",
    "alle bilder anzeigen", "abstimmen", "ja", "nein", "weiß nicht", "kommentare", "zum hauptinhalt springen",
    "inicio", "accueil", "главная", "головна", "trang chủ", "bình chọn", "beranda", "anasayfa", "forside", "hjem",
    "首页", "首頁", "主页", "ホーム", "홈", "الرئيسية", "ראשי", "หน้าแรก", "home page", "vote", "poll",
    # French
    "offrir l'article", "offrir cet article", "ajouter à vos sélections", "partager", "imprimer", "sauvegarder", "s'abonner", "abonnez-vous", "se connecter", "connexion",
    "s'inscrire", "publicité", "écouter", "écouter cet article", "commenter", "fermer", "rechercher",
    "article réservé aux abonnés", "réservé aux abonnés", "offrir cet article", "mentions légales",
    # Spanish, Italian, Portuguese, Dutch
    "compartir", "compartir en facebook", "compartir en twitter", "compartir en whatsapp", "imprimir",
    "guardar", "suscríbete", "suscribirse", "iniciar sesión", "regístrate", "publicidad", "escuchar",
    "comentar", "cerrar", "buscar", "condividi", "stampa", "salva", "abbonati", "accedi", "pubblicità",
    "ascolta", "compartilhar", "assine", "entrar", "publicidade", "ouvir", "delen", "abonneren",
    "inloggen", "advertentie", "luisteren",
    # Nordic
    "del", "del artikkelen", "abonner", "logg inn", "annonse", "lytt", "lytt til saken", "skriv ut",
    "dela", "prenumerera", "logga in", "annons", "lyssna", "lyt", "log ind", "annonce", "jaa", "tilaa",
    "kirjaudu", "mainos",
    # Slavic
    "поделиться", "подписаться", "подписывайтесь", "войти", "регистрация", "реклама", "слушать",
    "комментировать", "печать", "распечатать", "сохранить", "закрыть", "поиск", "меню", "читать",
    "поділитися", "підписатися", "увійти", "udostępnij", "subskrybuj", "zaloguj się", "reklama",
    "posłuchaj", "sdílet", "přihlásit se", "podeli", "pretplati se",
    # Vietnamese, Indonesian, Turkish
    "chia sẻ", "đăng ký", "đăng nhập", "quảng cáo", "in bài", "lưu", "nghe", "bình luận", "theo dõi",
    "bagikan", "berlangganan", "masuk", "iklan", "paylaş", "abone ol", "giriş yap", "reklam",
    # CJK
    "分享", "转发", "轉發", "订阅", "訂閱", "登录", "登錄", "登入", "注册", "註冊", "广告", "廣告", "打印",
    "列印", "收藏", "字級", "字级", "字號", "字号", "複製連結", "复制链接", "分享到", "大", "中", "小", "评论", "評論", "关注", "關注", "字体", "字體", "返回顶部", "回到頂部",
    "シェア", "ツイート", "ポスト", "はてなブックマーク", "line", "リンクをコピー", "기자 페이지", "기사 공유", "ブックマーク", "印刷", "保存", "ログイン", "会員登録", "広告", "購読", "コメント",
    "공유", "구독", "로그인", "회원가입", "광고", "인쇄", "댓글",
    # Arabic, Hebrew, Thai, Hindi
    "شارك", "مشاركة", "اشترك", "تسجيل الدخول", "إعلان", "طباعة", "שתפו", "הירשמו", "פרסומת",
    "แชร์", "คัดลอกลิงก์", "คัดลอก", "สมัครสมาชิก", "เข้าสู่ระบบ", "โฆษณา", "शेयर करें", "सब्सक्राइब करें", "विज्ञापन",
])


def check(segment: Segment) -> str | None:
    if segment.words <= 10 and only_phrases(segment.text, UI_PHRASES):
        return "page interface (share, subscribe, log-in or ad label)"
    return None
