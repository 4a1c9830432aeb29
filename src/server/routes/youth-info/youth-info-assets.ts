/**
 * The youth information pages' style sheet, script and service worker (ADR 0020), served from
 * /info/ so the service worker's scope is the pages and nothing else. The script is a few
 * hundred bytes: quick exit (click and Escape, without a history entry), print, offline.
 */
import { QUICK_EXIT_URL } from "./youth-info-page.js";

/** Bumped when the assets change, so an installed service worker drops the old copies. */
export const YOUTH_INFO_CACHE = "youth-info-v1";

const ARABIC_SCRIPT = `"Noto Naskh Arabic", "Noto Sans Arabic", "Segoe UI", Tahoma, "DejaVu Sans", sans-serif`;
const ETHIOPIC = `"Noto Sans Ethiopic", "Abyssinica SIL", Nyala, Ebrima, "Noto Sans", system-ui, sans-serif`;

export const STYLE_SHEET = `*,*::before,*::after{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0 auto;max-inline-size:42rem;padding-block:0 2rem;padding-inline:1rem;font:1.0625rem/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",${ETHIOPIC};color:#1a1a1a;background:#fff;text-align:start}
:lang(ar),:lang(fa),:lang(ps){font-family:${ARABIC_SCRIPT};line-height:1.75}
:lang(ti){font-family:${ETHIOPIC}}
:lang(nl),:lang(en),:lang(fr),:lang(tr),:lang(so){font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","DejaVu Sans",sans-serif}
bdi[dir=ltr]{unicode-bidi:isolate;direction:ltr}
h1{font-size:1.6rem;line-height:1.25;margin-block:1rem .5rem;padding-inline-end:8rem}
h2{font-size:1.25rem;margin-block:1.5rem .5rem}
p{margin-block:.5rem}
a{color:#0b4f8a}
a:focus-visible,button:focus-visible{outline:3px solid #1a1a1a;outline-offset:2px}
.quick-exit{position:fixed;inset-block-start:.5rem;inset-inline-end:.5rem;z-index:10;display:inline-block;padding-block:.6rem;padding-inline:1rem;background:#8a1c1c;color:#fff;font-weight:700;text-decoration:none;border-radius:.375rem;border:2px solid #fff;box-shadow:0 0 0 2px #8a1c1c}
.quick-exit:focus-visible{outline-color:#1a1a1a;outline-offset:4px}
.status{padding-block:.4rem;padding-inline:.6rem;border-inline-start:4px solid #6b6b6b;background:#f2f2f2;font-size:.95rem}
.status-open{border-inline-start-color:#8a5a00;background:#fff6e0}
.hint{font-size:.95rem}
.danger{font-weight:700}
.kinds,.contacts{padding-inline-start:1.25rem}
.kinds li,.contacts li{margin-block:.5rem}
.example{font-style:italic}
.way{display:inline-block;margin-block:.25rem;margin-inline-end:1rem;min-block-size:24px}
.languages{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.5rem 1rem}
.languages a{display:inline-block;min-block-size:24px;padding-block:.2rem}
.nav-title{font-size:1rem}
button{font:inherit;padding-block:.5rem;padding-inline:1rem;border:2px solid #0b4f8a;background:#fff;color:#0b4f8a;border-radius:.375rem;cursor:pointer}
.qr{display:none}
.qr svg{inline-size:28mm;block-size:28mm}
@media print{
@page{size:A4;margin:10mm}
body{max-inline-size:none;padding:0;font-size:8.6pt;line-height:1.35}
:lang(ar),:lang(fa),:lang(ps){line-height:1.45}
.quick-exit,.hint,#print-page,nav{display:none!important}
h1{font-size:14pt;margin-block:0 2mm;padding:0}
h2{font-size:10pt;margin-block:2.5mm 1mm;break-after:avoid}
p{margin-block:1mm}
main{column-count:2;column-gap:7mm}
section{break-inside:avoid-column}
.kinds li,.contacts li{margin-block:1mm}
a{color:#000;text-decoration:none}
.status{background:none;padding-block:1mm}
.qr{display:flex;gap:3mm;align-items:center;break-inside:avoid;margin:3mm 0 0}
.qr figcaption{font-size:8pt}
}
`;

export const SCRIPT = `(function(){"use strict";
var exit=${JSON.stringify(QUICK_EXIT_URL)};
function leave(e){if(e)e.preventDefault();document.body.innerHTML="";document.title="";location.replace(exit)}
var b=document.getElementById("quick-exit");if(b)b.addEventListener("click",leave);
document.addEventListener("keydown",function(e){if(e.key==="Escape"||e.key==="Esc")leave(e)});
var p=document.getElementById("print-page");if(p){p.hidden=false;p.addEventListener("click",function(){window.print()})}
if(location.hash==="#print")window.addEventListener("load",function(){window.print()});
if("serviceWorker"in navigator){navigator.serviceWorker.register("/info/sw.js",{scope:"/info/"}).then(function(){
if(!("caches"in window))return;return caches.open(${JSON.stringify(YOUTH_INFO_CACHE)}).then(function(c){return c.addAll([location.pathname,${JSON.stringify("/info/youth-info.css")},${JSON.stringify("/info/youth-info.js")}])})}).catch(function(){})}
})();
`;

export const SERVICE_WORKER = `"use strict";
var CACHE=${JSON.stringify(YOUTH_INFO_CACHE)};
self.addEventListener("install",function(){self.skipWaiting()});
self.addEventListener("activate",function(e){e.waitUntil(caches.keys().then(function(keys){return Promise.all(keys.filter(function(k){return k!==CACHE}).map(function(k){return caches.delete(k)}))}).then(function(){return self.clients.claim()}))});
self.addEventListener("fetch",function(e){var r=e.request;var u=new URL(r.url);
if(r.method!=="GET"||u.origin!==self.location.origin||u.pathname.indexOf("/info/")!==0)return;
e.respondWith(fetch(r).then(function(res){if(res.ok){var copy=res.clone();caches.open(CACHE).then(function(c){c.put(r,copy)})}return res}).catch(function(){return caches.match(r,{ignoreSearch:true}).then(function(hit){return hit||Response.error()})}))});
`;
