var e=Array.isArray,t=Array.prototype.indexOf,n=Array.prototype.includes,r=Array.from,i=Object.defineProperty,a=Object.getOwnPropertyDescriptor,o=Object.getOwnPropertyDescriptors,s=Object.prototype,c=Array.prototype,l=Object.getPrototypeOf,u=Object.isExtensible,d=()=>{};function f(e){return typeof e?.then==`function`}function p(e){for(var t=0;t<e.length;t++)e[t]()}function m(){var e,t;return{promise:new Promise((n,r)=>{e=n,t=r}),resolve:e,reject:t}}function h(e,t){if(Array.isArray(e))return e;if(t===void 0||!(Symbol.iterator in e))return Array.from(e);let n=[];for(let r of e)if(n.push(r),n.length===t)break;return n}function g(e){"@babel/helpers - typeof";return g=typeof Symbol==`function`&&typeof Symbol.iterator==`symbol`?function(e){return typeof e}:function(e){return e&&typeof Symbol==`function`&&e.constructor===Symbol&&e!==Symbol.prototype?`symbol`:typeof e},g(e)}function _(e,t){if(g(e)!=`object`||!e)return e;var n=e[Symbol.toPrimitive];if(n!==void 0){var r=n.call(e,t||`default`);if(g(r)!=`object`)return r;throw TypeError(`@@toPrimitive must return a primitive value.`)}return(t===`string`?String:Number)(e)}function v(e){var t=_(e,`string`);return g(t)==`symbol`?t:t+``}function y(e,t,n){return(t=v(t))in e?Object.defineProperty(e,t,{value:n,enumerable:!0,configurable:!0,writable:!0}):e[t]=n,e}var b=1024,x=2048,S=4096,ee=8192,te=16384,ne=32768,re=1<<25,ie=65536,ae=1<<19,oe=1<<20,se=1<<25,ce=1<<21,le=1<<22,ue=1<<23,de=Symbol(`$state`),fe=Symbol(`component`),pe=Symbol(`legacy props`),me=Symbol(``),he=Symbol(`proxy path`),ge=Symbol(`attributes`),_e=Symbol(`class`),ve=Symbol(`style`),ye=Symbol(`text`),be=Symbol(`form reset`),xe=new class extends Error{constructor(...e){super(...e),y(this,`name`,`StaleReactionError`),y(this,`message`,"The reaction that called `getAbortSignal()` was re-run or destroyed")}},Se=!!globalThis.document?.contentType&&globalThis.document.contentType.includes(`xml`),Ce={},C=Symbol(`uninitialized`),we=`http://www.w3.org/1999/xhtml`,Te=`http://www.w3.org/2000/svg`,Ee=`http://www.w3.org/1998/Math/MathML`;function De(){console.warn(`https://svelte.dev/e/derived_inert`)}function Oe(e){console.warn(`https://svelte.dev/e/hydration_mismatch`)}function ke(){console.warn(`https://svelte.dev/e/select_multiple_invalid_value`)}function Ae(){console.warn(`https://svelte.dev/e/svelte_boundary_reset_noop`)}var w=!1;function je(e){w=e}var T;function E(e){if(e===null)throw Oe(),Ce;return T=e}function Me(){return E(Vn(T))}function Ne(e){if(w){if(Vn(T)!==null)throw Oe(),Ce;T=e}}function Pe(e=1){if(w){for(var t=e,n=T;t--;)n=Vn(n);T=n}}function Fe(e=!0){for(var t=0,n=T;;){if(n.nodeType===8){var r=n.data;if(r===`]`){if(t===0)return n;--t}else(r===`[`||r===`[!`||r[0]===`[`&&!isNaN(Number(r.slice(1))))&&(t+=1)}var i=Vn(n);e&&n.remove(),n=i}}function Ie(e){if(!e||e.nodeType!==8)throw Oe(),Ce;return e.data}function Le(e){return e===this.v}function Re(e,t){return e==e?e!==t||typeof e==`object`&&!!e||typeof e==`function`:t==t}function ze(e){return!Re(e,this.v)}function Be(e){throw Error(`https://svelte.dev/e/lifecycle_outside_component`)}function Ve(){throw Error(`https://svelte.dev/e/async_derived_orphan`)}function He(e,t,n){throw Error(`https://svelte.dev/e/each_key_duplicate`)}function Ue(e){throw Error(`https://svelte.dev/e/effect_in_teardown`)}function We(){throw Error(`https://svelte.dev/e/effect_in_unowned_derived`)}function Ge(e){throw Error(`https://svelte.dev/e/effect_orphan`)}function Ke(){throw Error(`https://svelte.dev/e/effect_update_depth_exceeded`)}function qe(e){throw Error(`https://svelte.dev/e/props_invalid_value`)}function Je(){throw Error(`https://svelte.dev/e/state_descriptors_fixed`)}function Ye(){throw Error(`https://svelte.dev/e/state_prototype_fixed`)}function Xe(){throw Error(`https://svelte.dev/e/state_unsafe_mutation`)}function Ze(){throw Error(`https://svelte.dev/e/svelte_boundary_reset_onerror`)}function Qe(e,t){return e.label=t,$e(e.v,t),e}function $e(e,t){return e?.[he]?.(t),e}function et(e){return typeof e==`symbol`?`Symbol(${e.description})`:typeof e==`function`?`<function>`:typeof e==`object`&&e?`<object>`:String(e)}var D=null;function tt(e){D=e}function nt(e,t=!1,n){D={p:D,i:!1,c:null,e:null,s:e,x:null,r:H,l:null}}function rt(e){var t=D,n=t.e;if(n!==null){t.e=null;for(var r of n)ir(r)}return e!==void 0&&(t.x=e),t.i=!0,D=t.p,it(e)}function it(e={}){return i(e,fe,{value:!0}),e}function at(){return!0}var ot=[];function st(){var e=ot;ot=[],p(e)}function O(e){if(ot.length===0&&!Rt){var t=ot;queueMicrotask(()=>{t===ot&&st()})}ot.push(e)}function ct(){for(;ot.length>0;)st()}var lt=~(x|S|b);function k(e,t){e.f=e.f&lt|t}function ut(e){e.f&512||e.deps===null?k(e,b):k(e,S)}function dt(e,t){e.f&2048?t.set(e,x):e.f&4096&&t.get(e)!==2048&&t.set(e,S),k(e,b)}function ft(e){w&&L(e)!==null&&Kn(e)}var pt=!1;function mt(){pt||(pt=!0,document.addEventListener(`reset`,e=>{Promise.resolve().then(()=>{if(!e.defaultPrevented)for(let t of e.target.elements)t[be]?.()})},{capture:!0}))}function ht(e){var t=B,n=H;V(null),Tr(null);try{return e()}finally{V(t),Tr(n)}}function gt(e,t,n,r=n){e.addEventListener(t,()=>ht(n));let i=e[be];e[be]=i?()=>{i(),r(!0)}:()=>r(!0),mt()}function _t(e,t,n,r){let i=at()?xt:Tt;var a=e.filter(e=>!e.settled),o=t.map(i);if(n.length===0&&a.length===0){r(o);return}var s=H,c=vt(),l=a.length===1?a[0].promise:a.length>1?Promise.all(a.map(e=>e.promise)):null;function u(e){if(!(s.f&16384)){c();try{r([...o,...e])}catch(e){Zn(e,s)}yt()}}var d=bt();if(n.length===0){l.then(()=>u([])).finally(d);return}function f(){Promise.all(n.map(e=>Ct(e))).then(u).catch(e=>Zn(e,s)).finally(d)}l?l.then(()=>{s.f&16384?d():(c(),f(),yt())}):f()}function vt(){var e=H,t=B,n=D,r=P;return function(i=!0){Tr(e),V(t),tt(n),i&&!(e.f&16384)&&(r?.activate(),r?.apply())}}function yt(e=!0){Tr(null),V(null),tt(null),e&&P?.deactivate()}function bt(){var e=H,t=e.b,n=P,r=!!t?.is_rendered();return t?.update_pending_count(1,n),n.increment(r,e),()=>{t?.update_pending_count(-1,n),n.decrement(r,e)}}function xt(e){var t=2|x;return H!==null&&(H.f|=ae),{ctx:D,deps:null,effects:null,equals:Le,f:t,fn:e,reactions:null,rv:0,v:C,wv:0,parent:H,ac:null}}var St=Symbol(`obsolete`);function Ct(e,t,n){let r=H;r===null&&Ve();var i=void 0,a=Cn(C),o=!B,s=new Set;return sr(()=>{var t=H,n=m();i=n.promise;try{Promise.resolve(e()).then(n.resolve,e=>{e!==xe&&n.reject(e)}).finally(yt)}catch(e){n.reject(e),yt()}var c=P;if(o){if(t.f&32768)var l=bt();if(r.b?.is_rendered())c.async_deriveds.get(t)?.reject(St);else for(let e of s.values())e.reject(St);s.add(n),c.async_deriveds.set(t,n)}let u=(e,t=void 0)=>{l?.(),s.delete(n),t!==St&&(c.activate(),t?(a.f|=ue,kn(a,t)):(a.f&8388608&&(a.f^=ue),kn(a,e)),c.deactivate())};n.promise.then(u,e=>u(null,e||`unknown`))}),nr(()=>{for(let e of s)e.reject(St)}),new Promise(e=>{function t(n){function r(){n===i?e(a):t(i)}n.then(r,r)}t(i)})}function wt(e){let t=xt(e);return Dr(t),t}function Tt(e){let t=xt(e);return t.equals=ze,t}function Et(e){var t=e.effects;if(t!==null){e.effects=null;for(var n=0;n<t.length;n+=1)z(t[n])}}function Dt(e){var t,n=H,r=e.parent;if(!Sr&&r!==null&&e.v!==C&&r.f&24576)return De(),e.v;Tr(r);try{Et(e),t=Ir(e)}finally{Tr(n)}return t}function Ot(e){var t=Dt(e);!e.equals(t)&&(e.wv=Nr(),(!P?.is_fork||e.deps===null)&&(P===null?e.v=t:(P.capture(e,t,!0),Ft?.capture(e,t,!0)),e.deps===null))?k(e,b):Sr||(It===null?ut(e):(tr()||P?.is_fork)&&It.set(e,t))}function kt(e){if(e.effects!==null)for(let t of e.effects)(t.teardown||t.ac)&&(t.teardown?.(),t.ac!==null&&ht(()=>{t.ac.abort(xe),t.ac=null}),t.fn!==null&&(t.teardown=d),zr(t,0),fr(t))}function At(e){if(e.effects!==null)for(let t of e.effects)t.teardown&&t.fn!==null&&Br(t)}function jt(e,t){if(t.has(e))throw TypeError(`Cannot initialize the same private elements twice on an object`)}function Mt(e,t){jt(e,t),t.add(e)}function A(e,t,n){jt(e,t),t.set(e,n)}function j(e,t,n){if(typeof e==`function`?e===t:e.has(t))return arguments.length<3?t:n;throw TypeError(`Private element is not present on this object`)}function M(e,t){return e.get(j(e,t))}function N(e,t,n){return e.set(j(e,t),n),n}var Nt,Pt=null,P=null,Ft=null,It=null,Lt=null,Rt=!1,zt=!1,Bt=null,Vt=null,Ht=0,Ut=1,Wt=new WeakMap,Gt=new WeakMap,Kt=new WeakMap,qt=new WeakMap,Jt=new WeakMap,Yt=new WeakMap,Xt=new WeakMap,Zt=new WeakMap,Qt=new WeakMap,$t=new WeakMap,en=new WeakMap,F=new WeakSet,tn=class e{constructor(){Mt(this,F),y(this,`id`,Ut++),y(this,`started`,!1),y(this,`linked`,!0),y(this,`prev`,null),y(this,`next`,null),y(this,`async_deriveds`,new Map),y(this,`current`,new Map),y(this,`previous`,new Map),A(this,Wt,new Set),A(this,Gt,new Set),A(this,Kt,0),A(this,qt,new Map),A(this,Jt,null),A(this,Yt,[]),A(this,Xt,[]),A(this,Zt,new Map),A(this,Qt,new Map),A(this,$t,new Set),y(this,`is_fork`,!1),A(this,en,!1),Pt===null?Pt=this:(Pt.next=this,this.prev=Pt),Pt=this}skip_effect(e){M(Qt,this).has(e)||M(Qt,this).set(e,{d:[],m:[]}),M($t,this).delete(e)}unskip_effect(e,t=e=>this.schedule(e)){var n=M(Qt,this).get(e);if(n){M(Qt,this).delete(e);for(var r of n.d)k(r,x),t(r);for(r of n.m)k(r,S),t(r)}M($t,this).add(e)}capture(e,t,n=!1){e.v!==C&&!this.previous.has(e)&&this.previous.set(e,e.v),e.f&8388608||(this.current.set(e,[t,n]),It?.set(e,t)),this.is_fork||(e.v=t)}activate(){P=this}deactivate(){P=null,It=null}flush(){try{zt=!0,P=this,j(F,this,on).call(this)}finally{Ht=0,Lt=null,Bt=null,Vt=null,zt=!1,P=null,It=null,xn.clear()}}discard(){for(let e of M(Gt,this))e(this);M(Gt,this).clear();for(let e of this.async_deriveds.values())e.reject(St);j(F,this,fn).call(this),M(Jt,this)?.resolve()}register_created_effect(e){M(Xt,this).push(e)}increment(e,t){if(N(Kt,this,M(Kt,this)+1),e){let e=M(qt,this).get(t)??0;M(qt,this).set(t,e+1)}}decrement(e,t){if(N(Kt,this,M(Kt,this)-1),e){let e=M(qt,this).get(t)??0;e===1?M(qt,this).delete(t):M(qt,this).set(t,e-1)}M(en,this)||(N(en,this,!0),O(()=>{N(en,this,!1),this.linked&&this.flush()}))}transfer_reactions(e){for(let[t,n]of e)this.add_dirty_reaction(t,n);e.clear()}add_dirty_reaction(e,t){(t===2048||M(Zt,this).get(e)!==2048)&&M(Zt,this).set(e,t)}oncommit(e){M(Wt,this).add(e)}ondiscard(e){M(Gt,this).add(e)}settled(){return(M(Jt,this)??N(Jt,this,m())).promise}static ensure(){if(P===null){let t=P=new e;!zt&&!Rt&&O(()=>{t.started||t.flush()})}return P}apply(){It=null}schedule(e){Lt=e,e.b?.is_pending&&e.f&16777228&&!(e.f&32768)?e.b.defer_effect(e):M(Yt,this).push(e)}};Nt=tn;function nn(){if(this.is_fork)return!0;for(let e of M(qt,this).keys())if(!j(F,this,rn).call(this,e))return!0;return!1}function rn(e){for(var t=e;t!==null;t=t.parent)if(M(Qt,this).has(t))return!0;return!1}function an(){var e=[];for(let i of M(Yt,this))if(!(i.f&16384||!(i.f&6144))){for(var t=i,n=!1;t.parent!==null;){t=t.parent;var r=t.f;if(r&96){if(!(r&1024)){n=!0;break}t.f^=b}}n||e.push(t)}return N(Yt,this,[]),e}function on(){this.started=!0;for(let[e,t]of M(Zt,this))k(e,t),this.schedule(e);this.apply();for(var e=Bt=[],t=[],n=Vt=[];M(Yt,this).length>0;){Ht++>1e3&&(j(F,this,fn).call(this),mn());for(let n of j(F,this,an).call(this))try{j(F,this,sn).call(this,n,e,t)}catch(e){throw yn(n),j(F,this,nn).call(this)||this.discard(),e}}if(P=null,n.length>0){var r=Nt.ensure();for(let e of n)r.schedule(e)}if(Bt=null,Vt=null,j(F,this,nn).call(this)){j(F,this,dn).call(this,t),j(F,this,dn).call(this,e);for(let[e,t]of M(Qt,this))vn(e,t);n.length>0&&j(F,P,on).call(P);return}let i=j(F,this,cn).call(this);if(i)j(F,this,dn).call(this,t),j(F,this,dn).call(this,e),j(F,i,un).call(i,this);else{M(Zt,this).clear();for(let e of M(Wt,this))e(this);M(Wt,this).clear(),Ft=this,gn(t),gn(e),Ft=null,M(Jt,this)?.resolve();var a=P;M(Kt,this)===0&&(M(Yt,this).length===0||a!==null)&&j(F,this,fn).call(this),a!==null&&(xn.clear(),j(F,a,on).call(a))}}function sn(e,t,n){e.f^=b;for(var r=e.first;r!==null;){var i=r.f,a=!!(i&96);if(!(a&&i&1024||i&8192||M(Qt,this).has(r))&&r.fn!==null){a?r.f^=b:i&4?t.push(r):Pr(r)&&(i&16&&this.add_dirty_reaction(r,S),Br(r));var o=r.first;if(o!==null){r=o;continue}}for(;r!==null;){var s=r.next;if(s!==null){r=s;break}r=r.parent}}}function cn(){for(var e=this.prev;e!==null;e=e.prev)if(!e.is_fork&&j(F,this,ln).call(this,e))return e;return null}function ln(e){for(let[t,[,n]]of this.current)if(!n&&e.current.has(t))return!0;return!1}function un(e){for(let[t,n]of e.current)!this.previous.has(t)&&e.previous.has(t)&&this.previous.set(t,e.previous.get(t)),this.current.set(t,n);for(let[t,n]of e.async_deriveds){let e=this.async_deriveds.get(t);e&&n.promise.then(e.resolve).catch(e.reject)}e.async_deriveds.clear(),this.transfer_reactions(M(Zt,e));let t=e=>{var n=e.reactions;if(n!==null&&!(e.f&2&&!(e.f&6144)))for(let e of n){var r=e.f;if(r&2)t(e);else{var i=e;r&4194320&&!this.async_deriveds.has(i)&&(M(Zt,this).delete(i),k(i,x),this.schedule(i))}}};for(let e of this.current.keys())t(e);this.oncommit(()=>e.discard()),j(F,e,fn).call(e),P=this,j(F,this,on).call(this)}function dn(e){for(var t=0;t<e.length;t+=1)dt(e[t],M(Zt,this))}function fn(){if(this.linked){var e=this.prev,t=this.next;e===null||(e.next=t),t===null?Pt=e:t.prev=e,this.linked=!1}}function pn(e){var t=Rt,n=Ft;Ft=null,Rt=!0;try{var r;for(e&&(pn(),r=e());;){if(ct(),P===null)return r;P.flush()}}finally{Rt=t,Ft=n}}function mn(){try{Ke()}catch(e){Zn(e,Lt)}}var hn=null;function gn(e){var t=e.length;if(t!==0){for(var n=0;n<t;){var r=e[n++];if(!(r.f&24576)&&Pr(r)&&(hn=new Set,Br(r),r.deps===null&&r.first===null&&r.nodes===null&&r.teardown===null&&r.ac===null&&hr(r),hn?.size>0)){xn.clear();for(let e of hn){if(e.f&24576)continue;let t=[e],n=e.parent;for(;n!==null;)hn.has(n)&&(hn.delete(n),t.push(n)),n=n.parent;for(let e=t.length-1;e>=0;e--){let n=t[e];n.f&24576||Br(n)}}hn.clear()}}hn=null}}function _n(e){P.schedule(e)}function vn(e,t){if(!(e.f&32&&e.f&1024)){e.f&2048?t.d.push(e):e.f&4096&&t.m.push(e),k(e,b);for(var n=e.first;n!==null;)vn(n,t),n=n.next}}function yn(e){k(e,b);for(var t=e.first;t!==null;)yn(t),t=t.next}var bn=new Set,xn=new Map,Sn=!1;function Cn(e,t){return{f:0,v:e,reactions:null,equals:Le,rv:0,wv:0}}function wn(e,t){let n=Cn(e,t);return Dr(n),n}function Tn(e,t=!1,n=!0){let r=Cn(e);return t||(r.equals=ze),r}function En(e,t,n=!1){return B!==null&&(!wr||B.f&131072)&&at()&&B.f&4325394&&(Er===null||!Er.has(e))&&Xe(),kn(e,n?Nn(t):t,Vt)}var Dn=null,On=0;function kn(e,t,n=null){if(!e.equals(t)){Sr?xn.set(e,t):xn.has(e)||xn.set(e,e.v);var r=tn.ensure();if(r.capture(e,t),e.f&2){let t=e;e.f&2048&&Dt(t),It===null&&ut(t)}e.wv=Nr(),Dn=null,On=0,Mn(e,x,n),Dn=null,at()&&H!==null&&H.f&1024&&!(H.f&96)&&(G===null?Or([e]):G.push(e)),!r.is_fork&&bn.size>0&&!Sn&&An()}return t}function An(){Sn=!1;for(let e of bn){e.f&1024&&k(e,S);let t;try{t=Pr(e)}catch{t=!0}t&&Br(e)}bn.clear()}function jn(e){En(e,e.v+1)}function Mn(e,t,n){var r=e.reactions;if(r!==null){var i=at(),a=r.length;if(On+=a,On>1e5&&Dn===null&&(Dn=new Set),Dn!==null){if(Dn.has(e))return;Dn.add(e)}for(var o=0;o<a;o++){var s=r[o],c=s.f;if(i||s!==H){var l=(c&x)===0;if(l&&k(s,t),c&131072)bn.add(s);else if(c&2){var u=s;It?.delete(u),Mn(u,S,n)}else if(l){var d=s;c&16&&hn!==null&&hn.add(d),n===null?_n(d):n.push(d)}}}}}function Nn(t){if(typeof t!=`object`||!t||de in t||fe in t)return t;let n=l(t);if(n!==s&&n!==c)return t;var r=new Map,i=e(t),o=wn(0),u=null,d=jr,f=e=>{if(jr===d)return e();var t=B,n=jr;V(null),Mr(d);var r=e();return V(t),Mr(n),r};return i&&r.set(`length`,wn(t.length,u)),new Proxy(t,{defineProperty(e,t,n){`value`in n&&n.configurable!==!1&&n.enumerable!==!1&&n.writable!==!1||Je();var i=r.get(t);return i===void 0?f(()=>{var e=wn(n.value,u);return r.set(t,e),e}):En(i,n.value,!0),!0},deleteProperty(e,t){var n=r.get(t);if(n===void 0){if(t in e){let e=f(()=>wn(C,u));r.set(t,e),jn(o)}}else En(n,C),jn(o);return!0},get(e,n,i){if(n===de)return t;var o=r.get(n),s=n in e;if(o===void 0&&(!s||a(e,n)?.writable)&&(o=f(()=>wn(Nn(s?e[n]:C),u)),r.set(n,o)),o!==void 0){var c=K(o);return c===C?void 0:c}return Reflect.get(e,n,i)},getOwnPropertyDescriptor(e,t){this.has?.(e,t);var n=Reflect.getOwnPropertyDescriptor(e,t),i=r.get(t);if(i!==void 0){var a=K(i);if(a===C)return;if(n&&`value`in n)n.value=a;else return{enumerable:!0,configurable:!0,value:a,writable:!0}}return n},has(e,t){if(t===de)return!0;var n=r.get(t),i=n!==void 0&&n.v!==C||Reflect.has(e,t);return(n!==void 0||(H!==null||B!==null)&&(!i||a(e,t)?.writable))&&(n===void 0&&(n=f(()=>wn(i?Nn(e[t]):C,u)),r.set(t,n)),K(n)===C)?!1:i},set(e,t,n,s){var c=r.get(t),l=t in e;if(i&&t===`length`)for(var d=n;d<c.v;d+=1){var p=r.get(d+``);p===void 0?d in e&&(p=f(()=>wn(C,u)),r.set(d+``,p)):En(p,C)}if(c===void 0)(!l||a(e,t)?.writable)&&(c=f(()=>wn(void 0,u)),En(c,Nn(n)),r.set(t,c));else{l=c.v!==C;var m=f(()=>Nn(n));En(c,m)}var h=Reflect.getOwnPropertyDescriptor(e,t);if(h?.set&&h.set.call(s,n),!l){if(i&&typeof t==`string`){var g=r.get(`length`),_=Number(t);Number.isInteger(_)&&_>=g.v&&En(g,_+1)}jn(o)}return!0},ownKeys(e){K(o);var t=Reflect.ownKeys(e).filter(e=>{var t=r.get(e);return t===void 0||t.v!==C});for(var[n,i]of r)i.v!==C&&!(n in e)&&t.push(n);return t},setPrototypeOf(){Ye()}})}function Pn(e){try{if(typeof e==`object`&&e&&de in e)return e[de]}catch{}return e}function Fn(e,t){return Object.is(Pn(e),Pn(t))}var In,Ln,Rn,zn;function Bn(){if(In===void 0){In=window,Ln=/Firefox/.test(navigator.userAgent);var e=Element.prototype,t=Node.prototype,n=Text.prototype;Rn=a(t,`firstChild`).get,zn=a(t,`nextSibling`).get,u(e)&&(e[_e]=void 0,e[ge]=null,e[ve]=void 0,e.__e=void 0),u(n)&&(n[ye]=void 0)}}function I(e=``){return document.createTextNode(e)}function L(e){return Rn.call(e)}function Vn(e){return zn.call(e)}function Hn(e,t){if(!w)return L(e);var n=L(T);if(n===null)n=T.appendChild(I());else if(t&&n.nodeType!==3){var r=I();return n?.before(r),E(r),r}return t&&Yn(n),E(n),n}function Un(e,t=!1){if(!w){var n=L(e);return n instanceof Comment&&n.data===``?Vn(n):n}if(t){if(T?.nodeType!==3){var r=I();return T?.before(r),E(r),r}Yn(T)}return T}function Wn(e,t=!1){if(!w)return L(e);var n=Hn(e,t);return Ne(e),n}function Gn(e,t=1,n=!1){let r=w?T:e;for(var i;t--;)i=r,r=Vn(r);if(!w)return r;if(n){if(r?.nodeType!==3){var a=I();return r===null?i?.after(a):r.before(a),E(a),a}Yn(r)}return E(r),r}function Kn(e){e.textContent=``}function qn(){return!1}function Jn(e,t,n){return t==null||t===`http://www.w3.org/1999/xhtml`?n?document.createElement(e,{is:n}):document.createElement(e):n?document.createElementNS(t,e,{is:n}):document.createElementNS(t,e)}function Yn(e){if(e.nodeValue.length<65536)return;let t=e.nextSibling;for(;t!==null&&t.nodeType===3;)t.remove(),e.nodeValue+=t.nodeValue,t=e.nextSibling}function Xn(e){var t=H;if(t===null)return B.f|=ue,e;if(!(t.f&32768)&&!(t.f&4))throw e;Zn(e,t)}function Zn(e,t){if(e===Ce)throw e;if(!(t!==null&&t.f&16384)){for(;t!==null;){if(t.f&128&&!(t.f&33570816)){if(!(t.f&32768))throw e;try{t.b.error(e);return}catch(t){e=t}}t=t.parent}throw e}}function Qn(e){H===null&&(B===null&&Ge(e),We()),Sr&&Ue(e)}function $n(e,t){var n=t.last;n===null?t.last=t.first=e:(n.next=e,e.prev=n,t.last=e)}function er(e,t){var n=H;n!==null&&n.f&8192&&(e|=ee);var r={ctx:D,deps:null,nodes:null,f:e|x|512,first:null,fn:t,last:null,next:null,parent:n,b:n&&n.b,prev:null,teardown:null,wv:0,ac:null};P?.register_created_effect(r);var i=r;if(e&4)Bt===null?tn.ensure().schedule(r):Bt.push(r);else if(t!==null){try{Br(r)}catch(e){throw z(r),e}i.deps===null&&i.teardown===null&&i.nodes===null&&i.first===i.last&&!(i.f&524288)&&(i=i.first,e&16&&e&65536&&i!==null&&(i.f|=ie))}if(i!==null&&(i.parent=n,n!==null&&$n(i,n),B!==null&&B.f&2&&!(e&64))){var a=B;(a.effects??=[]).push(i)}return r}function tr(){return B!==null&&!wr}function nr(e){let t=er(8,null);return k(t,b),t.teardown=e,t}function rr(e){Qn(`$effect`);var t=H.f;if(!B&&t&32&&D!==null&&!D.i){var n=D;(n.e??=[]).push(e)}else return ir(e)}function ir(e){return er(4|oe,e)}function ar(e){tn.ensure();let t=er(64|ae,e);return(e={})=>new Promise(n=>{e.outro?gr(t,()=>{z(t),n(void 0)}):(z(t),n(void 0))})}function or(e){return er(4,e)}function sr(e){return er(le|ae,e)}function cr(e,t=0){return er(8|t,e)}function lr(e,t=[],n=[],r=[]){_t(r,t,n,t=>{er(8,()=>{e(...t.map(K))})})}function ur(e,t=0){return er(16|t,e)}function R(e){return er(32|ae,e)}function dr(e){var t=e.teardown;if(t!==null){let n=Sr,r=B;Cr(!0),V(null);try{t.call(null)}catch(t){Zn(t,e.parent)}finally{Cr(n),V(r)}}}function fr(e,t=!1){var n=e.first;for(e.first=e.last=null;n!==null;){let e=n.ac;e!==null&&ht(()=>{e.abort(xe)});var r=n.next;n.f&64?n.parent=null:z(n,t),n=r}}function pr(e){for(var t=e.first;t!==null;){var n=t.next;t.f&32||z(t),t=n}}function z(e,t=!0){var n=!1;(t||e.f&262144)&&e.nodes!==null&&e.nodes.end!==null&&(mr(e.nodes.start,e.nodes.end),n=!0),e.f|=re,fr(e,t&&!n),zr(e,0);var r=e.nodes&&e.nodes.t;if(r!==null)for(let e of r)e.stop();dr(e),e.f^=re,e.f|=te;var i=e.parent;i!==null&&i.first!==null&&hr(e),e.next=e.prev=e.teardown=e.ctx=e.deps=e.fn=e.nodes=e.ac=e.b=null}function mr(e,t){for(;e!==null;){var n=e===t?null:Vn(e);e.remove(),e=n}}function hr(e){var t=e.parent,n=e.prev,r=e.next;n!==null&&(n.next=r),r!==null&&(r.prev=n),t!==null&&(t.first===e&&(t.first=r),t.last===e&&(t.last=n))}function gr(e,t,n=!0){var r=[];e.f|=256,_r(e,r,!0);var i=()=>{n&&z(e),t&&t()},a=r.length;if(a>0){var o=()=>--a||i();for(var s of r)s.out(o)}else i()}function _r(e,t,n){if(!(e.f&8192)){e.f^=ee;var r=e.nodes&&e.nodes.t;if(r!==null)for(let e of r)(e.is_global||n)&&t.push(e);for(var i=e.first;i!==null;){var a=i.next;if(!(i.f&64)){var o=!!(i.f&65536)||!!(i.f&32)&&!!(e.f&16);_r(i,t,o?n:!1)}i=a}}}function vr(e){e.f&=-257,yr(e,!0)}function yr(e,t){if(!(e.f&256)&&e.f&8192){e.f^=ee,e.f&1024||(k(e,x),tn.ensure().schedule(e));for(var n=e.first;n!==null;){var r=n.next,i=!!(n.f&65536)||!!(n.f&32);yr(n,i?t:!1),n=r}var a=e.nodes&&e.nodes.t;if(a!==null)for(let e of a)(e.is_global||t)&&e.in()}}function br(e,t){if(e.nodes)for(var n=e.nodes.start,r=e.nodes.end;n!==null;){var i=n===r?null:Vn(n);t.append(n),n=i}}var xr=null,Sr=!1;function Cr(e){Sr=e}var B=null,wr=!1;function V(e){B=e}var H=null;function Tr(e){H=e}var Er=null;function Dr(e){B!==null&&(B.f&2097152||B.f&2)&&(Er??=new Set).add(e)}var U=null,W=0,G=null;function Or(e){G=e}var kr=1,Ar=0,jr=Ar;function Mr(e){jr=e}function Nr(){return++kr}function Pr(e){var t=e.f;if(t&2048)return!0;if(t&4096){for(var n=e.deps,r=n.length,i=0;i<r;i++){var a=n[i];if(Pr(a)&&Ot(a),a.wv>e.wv)return!0}t&512&&It===null&&k(e,b)}return!1}function Fr(e,t,n=!0){var r=e.reactions;if(r!==null&&!(Er!==null&&Er.has(e)))for(var i=0;i<r.length;i++){var a=r[i];a.f&2?Fr(a,t,!1):t===a&&(n?k(a,x):a.f&1024&&k(a,S),_n(a))}}function Ir(e){var t=U,n=W,r=G,i=B,a=Er,o=D,s=wr,c=jr,l=e.f;U=null,W=0,G=null,B=l&96?null:e,Er=null,tt(e.ctx),wr=!1,jr=++Ar,e.ac!==null&&(ht(()=>{e.ac.abort(xe)}),e.ac=null);try{e.f|=ce;var u=e.fn,d=u();e.f|=ne;var f=Lr(e);if(at()&&G!==null&&!wr&&f!==null&&!(e.f&6146))for(var p=0;p<G.length;p++)Fr(G[p],e);if(i!==null&&i!==e){if(Ar++,i.deps!==null)for(let e=0;e<n;e+=1)i.deps[e].rv=Ar;if(t!==null)for(let e of t)e.rv=Ar;G!==null&&(r===null?r=G:r.push(...G))}return e.f&8388608&&(e.f^=ue),d}catch(t){return Lr(e),Xn(t)}finally{e.f^=ce,U=t,W=n,G=r,B=i,Er=a,tt(o),wr=s,jr=c}}function Lr(e){var t=e.deps,n=P?.is_fork;if(U!==null){var r;if(n||zr(e,W),t!==null&&W>0)for(t.length=W+U.length,r=0;r<U.length;r++)t[W+r]=U[r];else e.deps=t=U;if(tr()&&e.f&512)for(r=W;r<t.length;r++)(t[r].reactions??=[]).push(e)}else!n&&t!==null&&W<t.length&&(zr(e,W),t.length=W);return t}function Rr(e,r){let i=r.reactions;if(i!==null){var a=t.call(i,e);if(a!==-1){var o=i.length-1;o===0?i=r.reactions=null:(i[a]=i[o],i.pop())}}if(i===null&&r.f&2&&(U===null||!n.call(U,r))){var s=r;s.f&512&&(s.f^=512),s.v!==C&&ut(s),s.ac!==null&&ht(()=>{s.ac.abort(xe),s.ac=null,k(s,x)}),kt(s),zr(s,0)}}function zr(e,t){var n=e.deps;if(n!==null)for(var r=t;r<n.length;r++)Rr(e,n[r])}function Br(e){var t=e.f;if(!(t&16384)){k(e,b);var n=H;H=e;try{t&16777232?pr(e):fr(e),dr(e);var r=Ir(e);e.teardown=typeof r==`function`?r:null,e.wv=kr}finally{H=n}}}async function Vr(){await Promise.resolve(),pn()}function K(e){var t=!!(e.f&2);if(xr?.add(e),B!==null&&!wr&&!(H!==null&&H.f&16384)&&(Er===null||!Er.has(e))){var r=B.deps;if(B.f&2097152)e.rv<Ar&&(e.rv=Ar,U===null&&r!==null&&r[W]===e?W++:U===null?U=[e]:U.push(e));else{B.deps??=[],n.call(B.deps,e)||B.deps.push(e);var i=e.reactions;i===null?e.reactions=[B]:n.call(i,B)||i.push(B)}}if(Sr&&xn.has(e))return xn.get(e);if(t){var a=e;if(Sr){var o=a.v;return(!(a.f&1024)&&a.reactions!==null||Ur(a))&&(o=Dt(a)),xn.set(a,o),o}var s=!(a.f&512)&&!wr&&B!==null&&!!(B.f&512),c=(a.f&ne)===0;Pr(a)&&(s&&(a.f|=512),Ot(a)),s&&!c&&(At(a),Hr(a))}if(It?.has(e))return It.get(e);if(e.f&8388608)throw e.v;return e.v}function Hr(e){if(e.f|=512,e.deps!==null)for(let r of e.deps){var t=r.reactions;t===null?r.reactions=[e]:n.call(t,e)||t.push(e),r.f&2&&!(r.f&512)&&(At(r),Hr(r))}}function Ur(e){if(e.v===C)return!0;if(e.deps===null)return!1;for(let t of e.deps)if(xn.has(t)||t.f&2&&Ur(t))return!0;return!1}function Wr(e){var t=wr;try{return wr=!0,e()}finally{wr=t}}function Gr(e){if(!(typeof e!=`object`||!e||e instanceof EventTarget)){if(de in e)Kr(e);else if(!Array.isArray(e))for(let t in e){let n=e[t];typeof n==`object`&&n&&de in n&&Kr(n)}}}function Kr(e,t=new Set){if(typeof e==`object`&&e&&!(e instanceof EventTarget)&&!t.has(e)){t.add(e),e instanceof Date&&e.getTime();for(let n in e)try{Kr(e[n],t)}catch{}let n=l(e);if(n!==Object.prototype&&n!==Array.prototype&&n!==Map.prototype&&n!==Set.prototype&&n!==Date.prototype){let t=o(n);for(let n in t){let r=t[n].get;if(r)try{r.call(e)}catch{}}}}}[...`allowfullscreen.async.autofocus.autoplay.checked.controls.default.disabled.formnovalidate.indeterminate.inert.ismap.loop.multiple.muted.nomodule.novalidate.open.playsinline.readonly.required.reversed.seamless.selected.webkitdirectory.defer.disablepictureinpicture.disableremoteplayback`.split(`.`)];var qr=[`touchstart`,`touchmove`];function Jr(e){return qr.includes(e)}var Yr=Symbol(`events`),Xr=new Set,Zr=new Set;function Qr(e,t,n,r={}){function i(e){if(r.capture||ii.call(t,e),!e.cancelBubble)return ht(()=>n?.call(this,e))}return e.startsWith(`pointer`)||e.startsWith(`touch`)||e===`wheel`?(i.__removed=!1,O(()=>{i.__removed||t.addEventListener(e,i,r)})):t.addEventListener(e,i,r),i}function $r(e,t,n,r,i){var a={capture:r,passive:i},o=Qr(e,t,n,a);(t===document.body||t===window||t===document||t instanceof HTMLMediaElement)&&nr(()=>{o.__removed=!0,t.removeEventListener(e,o,a)})}function ei(e,t,n){(t[Yr]??={})[e]=n}function ti(e){for(var t=0;t<e.length;t++)Xr.add(e[t]);for(var n of Zr)n(e)}var ni=null,ri=!1;function ii(e){var t=this,n=t.ownerDocument,r=e.type,a=e.composedPath?.()||[],o=a[0]||e.target;ni=e,ri||(ri=!0,setTimeout(()=>{ri=!1,ni=null}));var s=0,c=ni===e&&e[Yr];if(c){var l=a.indexOf(c);if(l!==-1&&(t===document||t===window)){e[Yr]=t;return}var u=a.indexOf(t);if(u===-1)return;l<=u&&(s=l)}if(o=a[s]||e.target,o!==t){i(e,`currentTarget`,{configurable:!0,get(){return o||n}});var d=B,f=H;V(null),Tr(null);try{for(var p,m=[];o!==null&&o!==t;){try{var h=o[Yr]?.[r];h==null||o.disabled&&e.target!==o||h.call(o,e)}catch(e){p?m.push(e):p=e}if(e.cancelBubble)break;s++,o=s<a.length?a[s]:null}if(p){for(let e of m)queueMicrotask(()=>{throw e});throw p}}finally{e[Yr]=t,delete e.currentTarget,V(d),Tr(f)}}}var ai=globalThis?.window?.trustedTypes&&globalThis.window.trustedTypes.createPolicy(`svelte-trusted-html`,{createHTML:e=>e});function oi(e){return ai?.createHTML(e)??e}function si(e){var t=Jn(`template`);return t.innerHTML=oi(e.replaceAll(`<!>`,`<!---->`)),t.content}function q(e,t){var n=H;n.nodes===null&&(n.nodes={start:e,end:t,a:null,t:null})}function ci(e,t){var n=!!(t&1),r=!!(t&2),i,a=!e.startsWith(`<!>`);return()=>{if(w)return q(T,null),T;i===void 0&&(i=si(a?e:`<!>`+e),n||(i=L(i)));var t=r||Ln?document.importNode(i,!0):i.cloneNode(!0);if(n){var o=L(t),s=t.lastChild;q(o,s)}else q(t,t);return t}}function li(e,t,n=`svg`){var r=!e.startsWith(`<!>`),i=!!(t&1),a=`<${n}>${r?e:`<!>`+e}</${n}>`,o;return()=>{if(w)return q(T,null),T;if(!o){var e=L(si(a));if(i)for(o=document.createDocumentFragment();L(e);)o.appendChild(L(e));else o=L(e)}var t=o.cloneNode(!0);if(i){var n=L(t),r=t.lastChild;q(n,r)}else q(t,t);return t}}function ui(e,t){return li(e,t,`svg`)}function di(e=``){if(!w){var t=I(e+``);return q(t,t),t}var n=T;return n.nodeType===3?Yn(n):(n.before(n=I()),E(n)),q(n,n),n}function fi(){if(w)return q(T,null),T;var e=document.createDocumentFragment(),t=document.createComment(``),n=I();return e.append(t,n),q(t,n),e}function pi(e,t){if(w){var n=H;n.f&32768&&n.nodes.end!==null||(n.nodes.end=T),Me()}else e!==null&&e.before(t)}function mi(e){let t=0,n=Cn(0),r;return()=>{tr()&&(K(n),cr(()=>(t===0&&(r=Wr(()=>e(()=>jn(n)))),t+=1,()=>{O(()=>{--t,t===0&&(r?.(),r=void 0,jn(n))})})))}}var hi=ie|ae;function gi(e,t,n,r){new ki(e,t,n,r)}var _i=new WeakMap,vi=new WeakMap,yi=new WeakMap,bi=new WeakMap,J=new WeakMap,Y=new WeakMap,X=new WeakMap,xi=new WeakMap,Si=new WeakMap,Ci=new WeakMap,wi=new WeakMap,Ti=new WeakMap,Ei=new WeakMap,Di=new WeakMap,Oi=new WeakMap,Z=new WeakSet,ki=class{constructor(e,t,n,r){Mt(this,Z),y(this,`parent`,void 0),y(this,`is_pending`,!1),y(this,`transform_error`,void 0),A(this,_i,void 0),A(this,vi,w?T:null),A(this,yi,void 0),A(this,bi,void 0),A(this,J,void 0),A(this,Y,null),A(this,X,null),A(this,xi,null),A(this,Si,null),A(this,Ci,0),A(this,wi,0),A(this,Ti,!1),A(this,Ei,new Map),A(this,Di,null),A(this,Oi,mi(()=>(N(Di,this,Cn(M(Ci,this))),()=>{N(Di,this,null)}))),N(_i,this,e),N(yi,this,t),N(bi,this,e=>{var t=H;t.b=this,t.f|=128,n(e)}),this.parent=H.b,this.transform_error=r??this.parent?.transform_error??(e=>e),N(J,this,ur(()=>{if(w){let e=Ie(M(vi,this));Me();let t=e===`[!`;if(e.startsWith(`[?`)){let t=JSON.parse(e.slice(2));j(Z,this,ji).call(this,t)}else t?j(Z,this,Pi).call(this):j(Z,this,Ai).call(this)}else j(Z,this,Fi).call(this)},hi)),w&&N(_i,this,T)}defer_effect(e){dt(e,M(Ei,this))}is_rendered(){return!this.is_pending&&(!this.parent||this.parent.is_rendered())}has_pending_snippet(){return!!M(yi,this).pending}update_pending_count(e,t){j(Z,this,Ri).call(this,e,t),N(Ci,this,M(Ci,this)+e),M(Di,this)&&!M(Ti,this)&&(N(Ti,this,!0),O(()=>{N(Ti,this,!1),M(Di,this)&&kn(M(Di,this),M(Ci,this))}))}get_effect_pending(){return M(Oi,this).call(this),K(M(Di,this))}error(e){if(e===Ce||!M(yi,this).onerror&&!M(yi,this).failed)throw e;P?.is_fork?(M(Y,this)&&P.skip_effect(M(Y,this)),M(X,this)&&P.skip_effect(M(X,this)),M(xi,this)&&P.skip_effect(M(xi,this)),P.oncommit(()=>{j(Z,this,Ni).call(this)||j(Z,this,zi).call(this,e)})):j(Z,this,zi).call(this,e)}};function Ai(){try{N(Y,this,R(()=>M(bi,this).call(this,M(_i,this))))}catch(e){this.error(e)}}function ji(e){let t=M(yi,this).failed,{reset:n,invoke_onerror:r}=j(Z,this,Mi).call(this,e);O(r),t&&N(xi,this,R(()=>{t(M(_i,this),()=>e,()=>n)}))}function Mi(e){var t=!1,n=!1;let r=()=>{j(Z,this,Ni).call(this)||(t?Ae():(t=!0,n&&Ze(),M(xi,this)!==null&&gr(M(xi,this),()=>{N(xi,this,null)}),j(Z,this,Li).call(this,()=>{j(Z,this,Fi).call(this)})))};return{reset:r,invoke_onerror:()=>{if(!j(Z,this,Ni).call(this))try{n=!0,M(yi,this).onerror?.(e,r),n=!1}catch(e){Zn(e,M(J,this)&&M(J,this).parent)}}}}function Ni(){return(M(J,this).f&(te|re))!==0}function Pi(){let e=M(yi,this).pending;e&&(this.is_pending=!0,N(X,this,R(()=>e(M(_i,this)))),O(()=>{if(!j(Z,this,Ni).call(this)){var e=N(Si,this,document.createDocumentFragment()),t=I(),n=!1;e.append(t),N(Y,this,j(Z,this,Li).call(this,()=>{try{return R(()=>M(bi,this).call(this,t))}catch(e){try{this.error(e),n=!0}catch(e){Zn(e,M(J,this).parent)}return null}})),M(Y,this)===null?(N(Si,this,null),n&&j(Z,this,Ii).call(this,P)):M(wi,this)===0&&(M(_i,this).before(e),N(Si,this,null),gr(M(X,this),()=>{N(X,this,null)}),j(Z,this,Ii).call(this,P))}}))}function Fi(){try{if(this.is_pending=this.has_pending_snippet(),N(wi,this,0),N(Ci,this,0),N(Y,this,R(()=>{M(bi,this).call(this,M(_i,this))})),M(wi,this)>0){var e=N(Si,this,document.createDocumentFragment());br(M(Y,this),e);let t=M(yi,this).pending;N(X,this,R(()=>t(M(_i,this))))}else j(Z,this,Ii).call(this,P)}catch(e){this.error(e)}}function Ii(e){this.is_pending=!1,e.transfer_reactions(M(Ei,this))}function Li(e){var t=H,n=B,r=D;Tr(M(J,this)),V(M(J,this)),tt(M(J,this).ctx);try{return tn.ensure(),e()}finally{Tr(t),V(n),tt(r)}}function Ri(e,t){if(this.has_pending_snippet())N(wi,this,M(wi,this)+e),M(wi,this)===0&&(j(Z,this,Ii).call(this,t),M(X,this)&&gr(M(X,this),()=>{N(X,this,null)}),M(Si,this)&&(M(_i,this).before(M(Si,this)),N(Si,this,null)));else if(this.parent){var n;j(Z,n=this.parent,Ri).call(n,e,t)}}function zi(e){M(Y,this)&&(z(M(Y,this)),N(Y,this,null)),M(X,this)&&(z(M(X,this)),N(X,this,null)),M(xi,this)&&(z(M(xi,this)),N(xi,this,null)),w&&(E(M(vi,this)),Pe(),E(Fe()));let t=M(yi,this).failed,n=e=>{if(j(Z,this,Ni).call(this))return;let{reset:n,invoke_onerror:r}=j(Z,this,Mi).call(this,e);r(),t&&!j(Z,this,Ni).call(this)&&N(xi,this,j(Z,this,Li).call(this,()=>{try{return R(()=>{var r=H;r.b=this,r.f|=128,t(M(_i,this),()=>e,()=>n)})}catch(e){return Zn(e,M(J,this).parent),null}}))};O(()=>{if(!j(Z,this,Ni).call(this)){var t;try{t=this.transform_error(e)}catch(e){Zn(e,M(J,this)&&M(J,this).parent);return}typeof t==`object`&&t&&typeof t.then==`function`?t.then(n,e=>Zn(e,M(J,this)&&M(J,this).parent)):n(t)}})}function Bi(e,t){var n=t==null?``:typeof t==`object`?`${t}`:t;n!==(e[ye]??=e.nodeValue)&&(e[ye]=n,e.nodeValue=`${n}`)}function Vi(e,t){return Ui(e,t)}var Hi=new Map;function Ui(e,{target:t,anchor:n,props:i={},events:a,context:o,intro:s=!0,transformError:c}){Bn();var l=void 0,u=ar(()=>{var s=n??t.appendChild(I());gi(s,{pending:()=>{}},t=>{nt({});var n=D;if(o&&(n.c=o),a&&(i.$$events=a),w&&q(t,null),l=e(t,i)||it(),w&&(H.nodes.end=T,T===null||T.nodeType!==8||T.data!==`]`))throw Oe(),Ce;rt()},c);var u=new Set,d=e=>{for(var n=0;n<e.length;n++){var r=e[n];if(!u.has(r)){u.add(r);var i=Jr(r);for(let e of[t,document]){var a=Hi.get(e);a===void 0&&(a=new Map,Hi.set(e,a));var o=a.get(r);o===void 0?(e.addEventListener(r,ii,{passive:i}),a.set(r,1)):a.set(r,o+1)}}}};return d(r(Xr)),Zr.add(d),()=>{for(var e of u)for(let n of[t,document]){var r=Hi.get(n),i=r.get(e);--i==0?(n.removeEventListener(e,ii),r.delete(e),r.size===0&&Hi.delete(n)):r.set(e,i)}Zr.delete(d),s!==n&&s.parentNode?.removeChild(s)}});return Wi.set(l,u),l}var Wi=new WeakMap,Gi=new WeakMap,Ki=new WeakMap,Q=new WeakMap,qi=new WeakMap,Ji=new WeakMap,Yi=new WeakMap,Xi=new WeakMap,Zi=class{constructor(e,t=!0){y(this,`anchor`,void 0),A(this,Gi,new Map),A(this,Ki,new Map),A(this,Q,new Map),A(this,qi,new Set),A(this,Ji,!0),A(this,Yi,e=>{if(M(Gi,this).has(e)){var t=M(Gi,this).get(e),n=M(Ki,this).get(t);if(n)vr(n),M(qi,this).delete(t);else{var r=M(Q,this).get(t);r&&(vr(r.effect),M(Ki,this).set(t,r.effect),M(Q,this).delete(t),r.fragment.lastChild.remove(),this.anchor.before(r.fragment),n=r.effect)}for(let[t,n]of M(Gi,this)){if(M(Gi,this).delete(t),t===e)break;let r=M(Q,this).get(n);r&&(z(r.effect),M(Q,this).delete(n))}for(let[e,r]of M(Ki,this)){if(e===t||M(qi,this).has(e))continue;let i=()=>{if(Array.from(M(Gi,this).values()).includes(e)){var t=document.createDocumentFragment();br(r,t),t.append(I()),M(Q,this).set(e,{effect:r,fragment:t})}else z(r);M(qi,this).delete(e),M(Ki,this).delete(e)};M(Ji,this)||!n?(M(qi,this).add(e),gr(r,i,!1)):i()}}}),A(this,Xi,e=>{M(Gi,this).delete(e);let t=Array.from(M(Gi,this).values());for(let[e,n]of M(Q,this))t.includes(e)||(z(n.effect),M(Q,this).delete(e))}),this.anchor=e,N(Ji,this,t)}ensure(e,t){var n=P,r=qn();if(t&&!M(Ki,this).has(e)&&!M(Q,this).has(e)){if(r){var i=document.createDocumentFragment(),a=I();i.append(a),M(Q,this).set(e,{effect:R(()=>t(a)),fragment:i})}else M(Ki,this).set(e,R(()=>t(this.anchor)))}if(M(Gi,this).set(n,e),r){for(let[t,r]of M(Ki,this))t===e?n.unskip_effect(r):n.skip_effect(r);for(let[t,r]of M(Q,this))t===e?n.unskip_effect(r.effect):n.skip_effect(r.effect);n.oncommit(M(Yi,this)),n.ondiscard(M(Xi,this))}else w&&(this.anchor=T),M(Yi,this).call(this,n)}},Qi=0,$i=1,ea=2;function ta(e,t,n,r,i){w&&Me();var a=at(),o=C,s=a?Cn(o):Tn(o,!1,!1),c=a?Cn(o):Tn(o,!1,!1),l=new Zi(e);ur(()=>{var a=P,o=t(),u=!1;let d=w&&f(o)===(e.data===`[!`);if(d&&(E(Fe()),je(!1)),f(o)){var p=vt(),m=!1;let e=e=>{if(!u){m=!0,p(!1),P===a&&a.deactivate(),tn.ensure();try{e()}finally{yt(!1),Rt||pn()}}};o.then(t=>{e(()=>{kn(s,t),l.ensure($i,r&&(e=>r(e,s)))})},t=>{e(()=>{if(kn(c,t),l.ensure(ea,i&&(e=>i(e,c))),!i)throw c.v})}),w?l.ensure(Qi,n):O(()=>{m||e(()=>{l.ensure(Qi,n)})})}else kn(s,o),l.ensure($i,r&&(e=>r(e,s)));return d&&je(!0),()=>{u=!0}})}function na(e,t,n=!1){var r;w&&(r=T,Me());var i=new Zi(e),a=n?ie:0;function o(e,t){if(w){var n=Ie(r);if(e!==parseInt(n.substring(1))){var a=Fe();E(a),i.anchor=a,je(!1),i.ensure(e,t),je(!0);return}}i.ensure(e,t)}ur(()=>{var e=!1;t((t,n=0)=>{e=!0,o(n,t)}),e||o(-1,null)},a)}var ra=Symbol(`NaN`);function ia(e,t,n){w&&Me();var r=new Zi(e),i=!at();ur(()=>{var e=t();e!==e&&(e=ra),i&&typeof e==`object`&&e&&(e={}),r.ensure(e,n)})}function aa(e,t){return t}function oa(e,t,n){for(var i=[],a=t.length,o,s=t.length,c=0;c<a;c++){let n=t[c];gr(n,()=>{if(o){if(o.pending.delete(n),o.done.add(n),o.pending.size===0){var t=e.outrogroups;sa(e,r(o.done)),t.delete(o),t.size===0&&(e.outrogroups=null)}}else--s},!1)}if(s===0){var l=i.length===0&&n!==null&&e.pending.size===0;if(l){var u=n,d=u.parentNode;Kn(d),d.append(u),e.items.clear()}sa(e,t,!l)}else o={pending:new Set(t),done:new Set},(e.outrogroups??=new Set).add(o)}function sa(e,t,n=!0){var r;if(e.pending.size>0){r=new Set;for(let t of e.pending.values())for(let n of t)r.add(e.items.get(n).e)}for(var i=0;i<t.length;i++){var a=t[i];r?.has(a)?(a.f|=se,br(a,document.createDocumentFragment())):z(t[i],n)}}var ca;function la(t,n,i,a,o,s=null){var c=t,l=new Map;if(n&4){var u=t;c=w?E(L(u)):u.appendChild(I())}w&&Me();var d=null,f=Tt(()=>{var t=i();return e(t)?t:t==null?[]:r(t)}),p=new Map,m=!0;function h(e){if(!(_.effect.f&16384)){_.pending.delete(e);var t=K(f);_.fallback=d,da(_,t,c,n,a),d!==null&&(t.length===0?d.f&33554432?(d.f^=se,pa(d,null,c)):vr(d):gr(d,()=>{d=null}))}}function g(e){_.pending.delete(e)}var _={effect:ur(()=>{var e=K(f),t=e.length;let r=!1;w&&Ie(c)===`[!`!=(t===0)&&(c=Fe(),E(c),je(!1),r=!0);for(var u=new Set,_=P,v=qn(),y=0;y<t;y+=1){w&&T.nodeType===8&&T.data===`]`&&(c=T,r=!0,je(!1));var b=e[y],x=a(b,y),S=m?null:l.get(x);S?(S.v&&kn(S.v,b),S.i&&kn(S.i,y),v&&_.unskip_effect(S.e)):(S=fa(l,m?c:ca??=I(),b,x,y,o,n,i),m||(S.e.f|=se),l.set(x,S)),u.add(x)}if(t===0&&s&&!d&&(m?d=R(()=>s(c)):(d=R(()=>s(ca??=I())),d.f|=se)),t>u.size&&He(``,``,``),w&&t>0&&E(Fe()),!m){if(p.set(_,u),v){for(let[e,t]of l)u.has(e)||_.skip_effect(t.e);_.oncommit(h),_.ondiscard(g)}else h(_)}r&&je(!0),K(f)}),flags:n,items:l,pending:p,outrogroups:null,fallback:d};m=!1,w&&(c=T)}function ua(e){for(;e!==null&&!(e.f&32);)e=e.next;return e}function da(e,t,n,i,a){var o=!!(i&8),s=t.length,c=e.items,l=ua(e.effect.first),u,d=null,f,p=[],m=[],h,g,_,v;if(o)for(v=0;v<s;v+=1)h=t[v],g=a(h,v),_=c.get(g).e,_.f&33554432||(_.nodes?.a?.measure(),(f??=new Set).add(_));for(v=0;v<s;v+=1){if(h=t[v],g=a(h,v),_=c.get(g).e,e.outrogroups!==null)for(let t of e.outrogroups)t.pending.delete(_),t.done.delete(_);if(_.f&8192&&(vr(_),o&&(_.nodes?.a?.unfix(),(f??=new Set).delete(_))),_.f&33554432){if(_.f^=se,_===l)pa(_,null,n);else{var y=d?d.next:l;_===e.effect.last&&(e.effect.last=_.prev),_.prev&&(_.prev.next=_.next),_.next&&(_.next.prev=_.prev),ma(e,d,_),ma(e,_,y),pa(_,y,n),d=_,p=[],m=[],l=ua(d.next);continue}}if(_!==l){if(u!==void 0&&u.has(_)){if(p.length<m.length){var b=m[0],x;d=b.prev;var S=p[0],ee=p[p.length-1];for(x=0;x<p.length;x+=1)pa(p[x],b,n);for(x=0;x<m.length;x+=1)u.delete(m[x]);ma(e,S.prev,ee.next),ma(e,d,S),ma(e,ee,b),l=b,d=ee,--v,p=[],m=[]}else u.delete(_),pa(_,l,n),ma(e,_.prev,_.next),ma(e,_,d===null?e.effect.first:d.next),ma(e,d,_),d=_;continue}for(p=[],m=[];l!==null&&l!==_;)(u??=new Set).add(l),m.push(l),l=ua(l.next);if(l===null)continue}_.f&33554432||p.push(_),d=_,l=ua(_.next)}if(e.outrogroups!==null){for(let t of e.outrogroups)t.pending.size===0&&(sa(e,r(t.done)),e.outrogroups?.delete(t));e.outrogroups.size===0&&(e.outrogroups=null)}if(l!==null||u!==void 0){var te=[];if(u!==void 0)for(_ of u)_.f&8192||te.push(_);for(;l!==null;)!(l.f&8192)&&l!==e.fallback&&te.push(l),l=ua(l.next);var ne=te.length;if(ne>0){var re=i&4&&s===0?n:null;if(o){for(v=0;v<ne;v+=1)te[v].nodes?.a?.measure();for(v=0;v<ne;v+=1)te[v].nodes?.a?.fix()}oa(e,te,re)}}o&&O(()=>{if(f!==void 0)for(_ of f)_.nodes?.a?.apply()})}function fa(e,t,n,r,i,a,o,s){var c=o&1?o&16?Cn(n):Tn(n,!1,!1):null,l=o&2?Cn(i):null;return{v:c,i:l,e:R(()=>(a(t,c??n,l??i,s),()=>{e.delete(r)}))}}function pa(e,t,n){if(e.nodes)for(var r=e.nodes.start,i=e.nodes.end,a=t&&!(t.f&33554432)?t.nodes.start:n;r!==null;){var o=Vn(r);if(a.before(r),r===i)return;r=o}}function ma(e,t,n){t===null?e.effect.first=n:t.next=n,n===null?e.effect.last=t:n.prev=t}function ha(e,t,n=!1,r=!1,i=!1,a=!1){var o=e,s=``;if(n){var c=e;w&&(o=E(L(c)))}lr(()=>{var e=H;if(s===(s=t()??``))w&&Me();else if(n&&!w)e.nodes=null,c.innerHTML=s,s!==``&&q(L(c),c.lastChild);else if(e.nodes!==null&&(mr(e.nodes.start,e.nodes.end),e.nodes=null),s!==``){if(w){for(var a=T.data,l=Me(),u=l;l!==null&&(l.nodeType!==8||l.data!==``);)u=l,l=Vn(l);if(l===null)throw Oe(),Ce;q(T,u),o=E(l)}else{var d=Jn(r?`svg`:i?`math`:`template`,r?Te:i?Ee:void 0);d.innerHTML=s;var f=r||i?d:d.content;if(q(L(f),f.lastChild),r||i)for(;L(f);)o.before(L(f));else o.before(f)}}})}function ga(e,t,...n){var r=new Zi(e);ur(()=>{let e=t()??null;r.ensure(e,e&&(t=>e(t,...n)))},ie)}function _a(e,t,n){var r;w&&(r=T,Me());var i=new Zi(e);ur(()=>{var e=t()??null;if(w&&Ie(r)===`[`!=(e!==null)){var a=Fe();E(a),i.anchor=a,je(!1),i.ensure(e,e&&(t=>n(t,e))),je(!0)}else i.ensure(e,e&&(t=>n(t,e)))},ie)}function va(e,t,n){or(()=>{var r=Wr(()=>t(e,n?.())||{});if(n&&r?.update){var i=!1,a={};cr(()=>{var e=n();Gr(e),i&&Re(a,e)&&(a=e,r.update(e))}),i=!0}if(r?.destroy)return()=>r.destroy()})}var ya=[...` 	
\r\f\xA0\v﻿`];function ba(e,t,n){var r=e==null?``:``+e;if(t&&(r=r?r+` `+t:t),n){for(var i of Object.keys(n))if(n[i])r=r?r+` `+i:i;else if(r.length)for(var a=i.length,o=0;(o=r.indexOf(i,o))>=0;){var s=o+a;(o===0||ya.includes(r[o-1]))&&(s===r.length||ya.includes(r[s]))?r=(o===0?``:r.substring(0,o))+r.substring(s+1):o=s}}return r===``?null:r}function xa(e,t=!1){var n=t?` !important;`:`;`,r=``;for(var i of Object.keys(e)){var a=e[i];a!=null&&a!==``&&(r+=` `+i+`: `+a+n)}return r}function Sa(e){return e[0]!==`-`||e[1]!==`-`?e.toLowerCase():e}function Ca(e,t){if(t){var n=``,r,i;if(Array.isArray(t)?(r=t[0],i=t[1]):r=t,e){e=String(e).replaceAll(/\/\*.*?\*\//g,``).trim();var a=!1,o=0,s=!1,c=[];r&&c.push(...Object.keys(r).map(Sa)),i&&c.push(...Object.keys(i).map(Sa));var l=0,u=-1;let t=e.length;for(var d=0;d<t;d++){var f=e[d];if(s?f===`/`&&e[d-1]===`*`&&(s=!1):a?a===f&&(a=!1):f===`/`&&e[d+1]===`*`?s=!0:f===`"`||f===`'`?a=f:f===`(`?o++:f===`)`&&o--,!s&&a===!1&&o===0){if(f===`:`&&u===-1)u=d;else if(f===`;`||d===t-1){if(u!==-1){var p=Sa(e.substring(l,u).trim());if(!c.includes(p)){f!==`;`&&d++;var m=e.substring(l,d).trim();n+=` `+m+`;`}}l=d+1,u=-1}}}}return r&&(n+=xa(r)),i&&(n+=xa(i,!0)),n=n.trim(),n===``?null:n}return e==null?null:String(e)}function wa(e,t,n,r,i,a){var o=e[_e];if(w||o!==n||o===void 0){var s=ba(n,r,a);w&&s===e.getAttribute(`class`)||(s==null?e.removeAttribute(`class`):t?e.className=s:e.setAttribute(`class`,s)),e[_e]=n}else if(a&&i!==a)for(var c in a){var l=!!a[c];(i==null||l!==!!i[c])&&e.classList.toggle(c,l)}return a}function Ta(e,t={},n,r){for(var i in n){var a=n[i];t[i]!==a&&(n[i]==null?e.style.removeProperty(i):e.style.setProperty(i,a,r))}}function Ea(e,t,n,r){var i=e[ve];if(w||i!==t){var a=Ca(t,r);w&&a===e.getAttribute(`style`)||(a==null?e.removeAttribute(`style`):e.style.cssText=a),e[ve]=t}else r&&(Array.isArray(r)?(Ta(e,n?.[0],r[0]),Ta(e,n?.[1],r[1],`important`)):Ta(e,n,r));return r}function Da(e,t){t?e.hasAttribute(`selected`)||e.setAttribute(`selected`,``):e.removeAttribute(`selected`)}function Oa(t,n){var r=t.__defaultValue,i=t.multiple,a=i?r??[]:null;if(!i||e(a)){var o=t.selectedIndex,s=n&&i?new Set(t.selectedOptions):null;for(var c of t.options){var l=Ma(c);Da(c,i?a.includes(l):Fn(l,r))}if(n){if(s!==null)for(c of t.options){var u=s.has(c);c.selected!==u&&(c.selected=u)}else t.selectedIndex!==o&&(t.selectedIndex=o)}}}function ka(t,n,r=!1){if(t.multiple){if(n==null)return;if(!e(n))return ke();for(var i of t.options)i.selected=n.includes(Ma(i))}else{for(i of t.options)if(Fn(Ma(i),n)){i.selected=!0;return}r&&n===void 0||(t.selectedIndex=-1)}}function Aa(e){var t=new MutationObserver(t=>{t.every(Na)||(`__defaultValue`in e&&Oa(e,!1),`__value`in e&&ka(e,e.__value))});t.observe(e,{childList:!0,subtree:!0,attributes:!0,attributeFilter:[`value`]}),nr(()=>{t.disconnect()})}function ja(e,t,n=t){var r=new WeakSet,i=!0;gt(e,`change`,t=>{var i=t?`[selected]`:`:checked`,a;if(e.multiple)a=[].map.call(e.querySelectorAll(i),Ma);else{var o=e.querySelector(i)??e.querySelector(`option:not([disabled])`);a=o&&Ma(o)}n(a),e.__value=a,P!==null&&r.add(P)}),or(()=>{var a=t();if(e===document.activeElement){var o=P;if(r.has(o))return}if(ka(e,a,i),i&&a===void 0){var s=e.querySelector(`:checked`);s!==null&&(a=Ma(s),n(a))}e.__value=a,i=!1})}function Ma(e){return`__value`in e?e.__value:e.value}function Na(e){if(e.target.closest(`selectedcontent`)!==null)return!0;if(e.type===`childList`){var t=[...e.addedNodes,...e.removedNodes];return t.length>0&&t.every(e=>e.nodeName===`SELECTEDCONTENT`)}return!1}var Pa=Symbol(`is custom element`),Fa=Symbol(`is html`),Ia=Se?`link`:`LINK`,La=Se?`progress`:`PROGRESS`;function Ra(e){if(w){var t=!1,n=()=>{if(!t){if(t=!0,e.hasAttribute(`value`)){var n=e.value;Va(e,`value`,null),e.value=n}if(e.hasAttribute(`checked`)){var r=e.checked;Va(e,`checked`,null),e.checked=r}}};e[be]=n,O(n),mt()}}function za(e,t){var n=Ha(e);n.value!==(n.value=t??void 0)&&(e.value!==t||t===0&&e.nodeName===La)&&(e.value=t??``)}function Ba(e,t){var n=Ha(e);n.checked!==(n.checked=t??void 0)&&(e.checked=t)}function Va(e,t,n,r){var i=Ha(e);if(!(w&&(i[t]=e.getAttribute(t),t===`src`||t===`srcset`||t===`href`&&e.nodeName===Ia))){var a=i[t];a!==(i[t]=n)&&(t===`loading`&&(e[me]=n),n==null?e.removeAttribute(t):typeof n!=`string`&&Wa(e).has(t)?e[t]=n:(!w||typeof n!=`number`&&typeof n!=`boolean`||a!==String(n))&&e.setAttribute(t,n))}}function Ha(e){return e[ge]??={[Pa]:e.nodeName.includes(`-`),[Fa]:e.namespaceURI===we}}var Ua=new Map;function Wa(e){var t=e.getAttribute(`is`)||e.nodeName,n=Ua.get(t);if(n)return n;Ua.set(t,n=new Set);for(var r,i=e,a=Element.prototype;a!==i;){for(var s in r=o(i),r)r[s].set&&s!==`innerHTML`&&s!==`textContent`&&s!==`innerText`&&n.add(s);i=l(i)}return n}function Ga(e,t,n=t){var r=new WeakSet;gt(e,`input`,async i=>{var a=i?e.defaultValue:e.value;if(a=Ka(e)?qa(a):a,n(a),P!==null&&r.add(P),await Vr(),a!==(a=t())){var o=e.selectionStart,s=e.selectionEnd,c=e.value.length;if(e.value=a??``,s!==null){var l=e.value.length;o===s&&s===c&&l>c?(e.selectionStart=l,e.selectionEnd=l):(e.selectionStart=o,e.selectionEnd=Math.min(s,l))}}}),(w&&e.defaultValue!==e.value||Wr(t)==null&&e.value)&&(n(Ka(e)?qa(e.value):e.value),P!==null&&r.add(P)),cr(()=>{var n=t();if(e===document.activeElement){var i=P;if(r.has(i))return}Ka(e)&&n===qa(e.value)||(e.type!==`date`||n||e.value)&&n!==e.value&&(e.value=n??``)})}function Ka(e){var t=e.type;return t===`number`||t===`range`}function qa(e){return e===``?null:+e}var Ja,Ya=new WeakMap,Xa=new WeakMap,Za=new WeakMap,Qa=new WeakSet,$a=class{constructor(e){Mt(this,Qa),A(this,Ya,new WeakMap),A(this,Xa,void 0),A(this,Za,void 0),N(Za,this,e)}observe(e,t){var n=M(Ya,this).get(e)||new Set;return n.add(t),M(Ya,this).set(e,n),j(Qa,this,eo).call(this).observe(e,M(Za,this)),()=>{var n=M(Ya,this).get(e);n.delete(t),n.size===0&&(M(Ya,this).delete(e),M(Xa,this).unobserve(e))}}};Ja=$a;function eo(){return M(Xa,this)??N(Xa,this,new ResizeObserver(e=>{for(var t of e){Ja.entries.set(t.target,t);for(var n of M(Ya,this).get(t.target)||[])n(t)}}))}y($a,`entries`,new WeakMap);function to(e,t){return e===t||e?.[de]===t}function no(e=it(),t,n,r){var i=D.r,a=H;return or(()=>{var o,s;return cr(()=>{o=s,s=r?.()||[],Wr(()=>{to(n(...s),e)||(t(e,...s),o&&to(n(...o),e)&&t(null,...o))})}),()=>{let r=a;for(;r!==i&&r.parent!==null&&r.parent.f&33554432;)r=r.parent;let o=()=>{s&&to(n(...s),e)&&t(null,...s)},c=r.teardown;r.teardown=()=>{o(),c?.()}}}),e}function ro(e,t,n,r,i){var a=()=>{r(n[e])};n.addEventListener(t,a),i?cr(()=>{n[e]=i()}):a(),(n===document.body||n===window||n===document)&&nr(()=>{n.removeEventListener(t,a)})}var io=!1;function ao(e){var t=io;try{return io=!1,[e(),io]}finally{io=t}}var oo={get(e,t){if(!e.exclude.has(t))return e.props[t]},set(e,t){return!1},getOwnPropertyDescriptor(e,t){if(!e.exclude.has(t)&&t in e.props)return{enumerable:!0,configurable:!0,value:e.props[t]}},has(e,t){return!e.exclude.has(t)&&t in e.props},ownKeys(e){return Reflect.ownKeys(e.props).filter(t=>!e.exclude.has(t))}};function so(e,t,n){return new Proxy({props:e,exclude:t},oo)}function co(e,t,n,r){var i=!0,o=!!(n&8),s=!!(n&16),c=r,l=!0,u=void 0,d=()=>s&&i?(u??=xt(r),K(u)):(l&&(l=!1,c=s?Wr(r):r),c);let f;if(o){var p=de in e||pe in e;f=a(e,t)?.set??(p&&t in e?n=>e[t]=n:void 0)}var m,h=!1;o?[m,h]=ao(()=>e[t]):m=e[t],m===void 0&&r!==void 0&&(m=d(),f&&(i&&qe(t),f(m)));var g=i?()=>{var n=e[t];return n===void 0?d():(l=!0,n)}:()=>{var n=e[t];return n!==void 0&&(c=void 0),n===void 0?c:n};if(i&&!(n&4))return g;if(f){var _=e.$$legacy;return(function(e,t){return arguments.length>0?((!i||!t||_||h)&&f(t?g():e),e):g()})}var v=!1,y=(n&1?xt:Tt)(()=>(v=!1,g()));o&&K(y);var b=H;return(function(e,t){if(arguments.length>0){let n=t?K(y):i&&o?Nn(e):e;return En(y,n),v=!0,c!==void 0&&(c=n),e}return Sr&&v||b.f&16384?y.v:K(y)})}function lo(e){D===null&&Be(`onMount`),rr(()=>{let t=Wr(e);if(typeof t==`function`)return t})}function uo(e){D===null&&Be(`onDestroy`),lo(()=>()=>Wr(e))}typeof window<`u`&&((window.__svelte??={}).v??=new Set).add(`5`);var fo=1e7,po=25e6,mo=`application/octet-stream`,ho=class{constructor(e){this.value=e}valueOf(){return this.value}},$=class extends ho{constructor(e=`???`){super(e)}toString(e){return`{${this.value}}`}},go=class extends ho{constructor(e,t={}){super(e),this.opts=t}toString(e){if(e)try{return e.memoizeIntlObject(Intl.NumberFormat,this.opts).format(this.value)}catch(t){e.reportError(t)}return this.value.toString(10)}},_o=class e extends ho{static supportsValue(t){if(typeof t==`number`||t instanceof Date)return!0;if(t instanceof ho)return e.supportsValue(t.valueOf());if(`Temporal`in globalThis){let e=globalThis.Temporal;if(t instanceof e.Instant||t instanceof e.PlainDateTime||t instanceof e.PlainDate||t instanceof e.PlainMonthDay||t instanceof e.PlainTime||t instanceof e.PlainYearMonth)return!0}return!1}constructor(t,n={}){t instanceof e?(n={...t.opts,...n},t=t.value):t instanceof ho&&(t=t.valueOf()),typeof t==`object`&&`calendarId`in t&&n.calendar===void 0&&(n={...n,calendar:t.calendarId}),super(t),this.opts=n}[Symbol.toPrimitive](e){return e===`string`?this.toString():this.toNumber()}toNumber(){let e=this.value;if(typeof e==`number`)return e;if(e instanceof Date)return e.getTime();if(`epochMilliseconds`in e)return e.epochMilliseconds;if(`toZonedDateTime`in e)return e.toZonedDateTime(`UTC`).epochMilliseconds;throw TypeError(`Unwrapping a non-number value as a number`)}toString(e){if(e)try{return e.memoizeIntlObject(Intl.DateTimeFormat,this.opts).format(this.value)}catch(t){e.reportError(t)}return typeof this.value==`number`||this.value instanceof Date?new Date(this.value).toISOString():this.value.toString()}},vo=100,yo=`⁨`,bo=`⁩`;function xo(e,t,n){return n===t||n instanceof go&&t instanceof go&&n.value===t.value||t instanceof go&&typeof n==`string`&&n===e.memoizeIntlObject(Intl.PluralRules,t.opts).select(t.value)}function So(e,t,n){return t[n]?jo(e,t[n].value):(e.reportError(RangeError(`No default`)),new $)}function Co(e,t){let n=[],r=Object.create(null);for(let i of t)i.type===`narg`?r[i.name]=wo(e,i.value):n.push(wo(e,i));return{positional:n,named:r}}function wo(e,t){switch(t.type){case`str`:return t.value;case`num`:return new go(t.value,{minimumFractionDigits:t.precision});case`var`:return To(e,t);case`mesg`:return Eo(e,t);case`term`:return Do(e,t);case`func`:return Oo(e,t);case`select`:return ko(e,t);default:return new $}}function To(e,{name:t}){let n;if(e.params){if(Object.prototype.hasOwnProperty.call(e.params,t))n=e.params[t];else return new $(`$${t}`)}else if(e.args&&Object.prototype.hasOwnProperty.call(e.args,t))n=e.args[t];else return e.reportError(ReferenceError(`Unknown variable: $${t}`)),new $(`$${t}`);if(n instanceof ho)return n;switch(typeof n){case`string`:return n;case`number`:return new go(n);case`object`:if(_o.supportsValue(n))return new _o(n);default:return e.reportError(TypeError(`Variable type not supported: $${t}, ${typeof n}`)),new $(`$${t}`)}}function Eo(e,{name:t,attr:n}){let r=e.bundle._messages.get(t);if(!r)return e.reportError(ReferenceError(`Unknown message: ${t}`)),new $(t);if(n){let i=r.attributes[n];return i?jo(e,i):(e.reportError(ReferenceError(`Unknown attribute: ${n}`)),new $(`${t}.${n}`))}return r.value?jo(e,r.value):(e.reportError(ReferenceError(`No value: ${t}`)),new $(t))}function Do(e,{name:t,attr:n,args:r}){let i=`-${t}`,a=e.bundle._terms.get(i);if(!a)return e.reportError(ReferenceError(`Unknown term: ${i}`)),new $(i);if(n){let t=a.attributes[n];if(t){e.params=Co(e,r).named;let n=jo(e,t);return e.params=null,n}return e.reportError(ReferenceError(`Unknown attribute: ${n}`)),new $(`${i}.${n}`)}e.params=Co(e,r).named;let o=jo(e,a.value);return e.params=null,o}function Oo(e,{name:t,args:n}){let r=e.bundle._functions[t];if(!r)return e.reportError(ReferenceError(`Unknown function: ${t}()`)),new $(`${t}()`);if(typeof r!=`function`)return e.reportError(TypeError(`Function ${t}() is not callable`)),new $(`${t}()`);try{let t=Co(e,n);return r(t.positional,t.named)}catch(n){return e.reportError(n),new $(`${t}()`)}}function ko(e,{selector:t,variants:n,star:r}){let i=wo(e,t);if(i instanceof $)return So(e,n,r);for(let t of n)if(xo(e,i,wo(e,t.key)))return jo(e,t.value);return So(e,n,r)}function Ao(e,t){if(e.dirty.has(t))return e.reportError(RangeError(`Cyclic reference`)),new $;e.dirty.add(t);let n=[],r=e.bundle._useIsolating&&t.length>1;for(let i of t)if(typeof i==`string`)n.push(e.bundle._transform(i));else{if(e.placeables++,e.placeables>vo)throw e.dirty.delete(t),RangeError(`Too many placeables expanded: ${e.placeables}, max allowed is ${vo}`);r&&n.push(yo),n.push(wo(e,i).toString(e)),r&&n.push(bo)}return e.dirty.delete(t),n.join(``)}function jo(e,t){return typeof t==`string`?e.bundle._transform(t):Ao(e,t)}var Mo=class{constructor(e,t,n){this.dirty=new WeakSet,this.params=null,this.placeables=0,this.bundle=e,this.errors=t,this.args=n}reportError(e){if(!this.errors||!(e instanceof Error))throw e;this.errors.push(e)}memoizeIntlObject(e,t){let n=this.bundle._intls.get(e);n||(n={},this.bundle._intls.set(e,n));let r=JSON.stringify(t);return n[r]||(n[r]=new e(this.bundle.locales,t)),n[r]}};function No(e,t){let n=Object.create(null);for(let[r,i]of Object.entries(e))t.includes(r)&&(n[r]=i.valueOf());return n}var Po=[`unitDisplay`,`currencyDisplay`,`useGrouping`,`minimumIntegerDigits`,`minimumFractionDigits`,`maximumFractionDigits`,`minimumSignificantDigits`,`maximumSignificantDigits`];function Fo(e,t){let n=e[0];if(n instanceof $)return new $(`NUMBER(${n.valueOf()})`);if(n instanceof go)return new go(n.valueOf(),{...n.opts,...No(t,Po)});if(n instanceof _o)return new go(n.toNumber(),{...No(t,Po)});throw TypeError(`Invalid argument to NUMBER`)}var Io=[`dateStyle`,`timeStyle`,`fractionalSecondDigits`,`dayPeriod`,`hour12`,`weekday`,`era`,`year`,`month`,`day`,`hour`,`minute`,`second`,`timeZoneName`];function Lo(e,t){let n=e[0];if(n instanceof $)return new $(`DATETIME(${n.valueOf()})`);if(n instanceof _o||n instanceof go)return new _o(n,No(t,Io));throw TypeError(`Invalid argument to DATETIME`)}var Ro=new Map;function zo(e){let t=Array.isArray(e)?e.join(` `):e,n=Ro.get(t);return n===void 0&&(n=new Map,Ro.set(t,n)),n}var Bo=class{constructor(e,{functions:t,useIsolating:n=!0,transform:r=e=>e}={}){this._terms=new Map,this._messages=new Map,this.locales=Array.isArray(e)?e:[e],this._functions={NUMBER:Fo,DATETIME:Lo,...t},this._useIsolating=n,this._transform=r,this._intls=zo(e)}hasMessage(e){return this._messages.has(e)}getMessage(e){return this._messages.get(e)}addResource(e,{allowOverrides:t=!1}={}){let n=[];for(let r=0;r<e.body.length;r++){let i=e.body[r];if(i.id.startsWith(`-`)){if(t===!1&&this._terms.has(i.id)){n.push(Error(`Attempt to override an existing term: "${i.id}"`));continue}this._terms.set(i.id,i)}else{if(t===!1&&this._messages.has(i.id)){n.push(Error(`Attempt to override an existing message: "${i.id}"`));continue}this._messages.set(i.id,i)}}return n}formatPattern(e,t=null,n=null){if(typeof e==`string`)return this._transform(e);let r=new Mo(this,n,t);try{return Ao(r,e).toString(r)}catch(e){if(r.errors&&e instanceof Error)return r.errors.push(e),new $().toString(r);throw e}}},Vo=/^(-?[a-zA-Z][\w-]*) *= */gm,Ho=/\.([a-zA-Z][\w-]*) *= */y,Uo=/\*?\[/y,Wo=/(-?[0-9]+(?:\.([0-9]+))?)/y,Go=/([a-zA-Z][\w-]*)/y,Ko=/([$-])?([a-zA-Z][\w-]*)(?:\.([a-zA-Z][\w-]*))?/y,qo=/^[A-Z][A-Z0-9_-]*$/,Jo=/([^{}\n\r]+)/y,Yo=/([^\\"\n\r]*)/y,Xo=/\\([\\"])/y,Zo=/\\u([a-fA-F0-9]{4})|\\U([a-fA-F0-9]{6})/y,Qo=/^\n+/,$o=/ +$/,es=/ *\r?\n/g,ts=/( *)$/,ns=/{\s*/y,rs=/\s*}/y,is=/\[\s*/y,as=/\s*] */y,os=/\s*\(\s*/y,ss=/\s*->\s*/y,cs=/\s*:\s*/y,ls=/\s*,?\s*/y,us=/\s+/y,ds=class{constructor(e){this.body=[],Vo.lastIndex=0;let t=0;for(;;){let n=Vo.exec(e);if(n===null)break;t=Vo.lastIndex;try{this.body.push(s(n[1]))}catch(e){if(e instanceof SyntaxError)continue;throw e}}function n(n){return n.lastIndex=t,n.test(e)}function r(n,r){if(e[t]===n)return t++,!0;if(r)throw new r(`Expected ${n}`);return!1}function i(e,r){if(n(e))return t=e.lastIndex,!0;if(r)throw new r(`Expected ${e.toString()}`);return!1}function a(n){n.lastIndex=t;let r=n.exec(e);if(r===null)throw SyntaxError(`Expected ${n.toString()}`);return t=n.lastIndex,r}function o(e){return a(e)[1]}function s(e){let t=l(),n=c();if(t===null&&Object.keys(n).length===0)throw SyntaxError(`Expected message value or attributes`);return{id:e,value:t,attributes:n}}function c(){let e=Object.create(null);for(;n(Ho);){let t=o(Ho),n=l();if(n===null)throw SyntaxError(`Expected attribute value`);e[t]=n}return e}function l(){let r;if(n(Jo)&&(r=o(Jo)),e[t]===`{`||e[t]===`}`)return u(r?[r]:[],1/0);let i=x();return i?r?u([r,i],i.length):(i.value=S(i.value,Qo),u([i],i.length)):r?S(r,$o):null}function u(r=[],i){for(;;){if(n(Jo)){r.push(o(Jo));continue}if(e[t]===`{`){r.push(d());continue}if(e[t]===`}`)throw SyntaxError(`Unbalanced closing brace`);let a=x();if(a)r.push(a),i=Math.min(i,a.length);else break}let a=r.length-1,s=r[a];typeof s==`string`&&(r[a]=S(s,$o));let c=[];for(let e of r)e instanceof fs&&(e=e.value.slice(0,e.value.length-i)),e&&c.push(e);return c}function d(){i(ns,SyntaxError);let e=f();if(i(rs))return e;if(i(ss)){let t=h();return i(rs,SyntaxError),{type:`select`,selector:e,...t}}throw SyntaxError(`Unclosed placeable`)}function f(){if(e[t]===`{`)return d();if(n(Ko)){let[,e,t,n=null]=a(Ko);if(e===`$`)return{type:`var`,name:t};if(i(os)){let r=p();if(e===`-`)return{type:`term`,name:t,attr:n,args:r};if(qo.test(t))return{type:`func`,name:t,args:r};throw SyntaxError(`Function names must be all upper-case`)}return e===`-`?{type:`term`,name:t,attr:n,args:[]}:{type:`mesg`,name:t,attr:n}}return _()}function p(){let n=[];for(;;){switch(e[t]){case`)`:return t++,n;case void 0:throw SyntaxError(`Unclosed argument list`)}n.push(m()),i(ls)}}function m(){let e=f();return e.type===`mesg`&&i(cs)?{type:`narg`,name:e.name,value:_()}:e}function h(){let e=[],t=0,i;for(;n(Uo);){r(`*`)&&(i=t);let n=g(),a=l();if(a===null)throw SyntaxError(`Expected variant value`);e[t++]={key:n,value:a}}if(t===0)return null;if(i===void 0)throw SyntaxError(`Expected default variant`);return{variants:e,star:i}}function g(){i(is,SyntaxError);let e;return e=n(Wo)?v():{type:`str`,value:o(Go)},i(as,SyntaxError),e}function _(){if(n(Wo))return v();if(e[t]===`"`)return y();throw SyntaxError(`Invalid expression`)}function v(){let[,e,t=``]=a(Wo),n=t.length;return{type:`num`,value:parseFloat(e),precision:n}}function y(){r(`"`,SyntaxError);let n=``;for(;;)if(n+=o(Yo),e[t]===`\\`)n+=b();else{if(r(`"`))return{type:`str`,value:n};throw SyntaxError(`Unclosed string literal`)}}function b(){if(n(Xo))return o(Xo);if(n(Zo)){let[,e,t]=a(Zo),n=parseInt(e||t,16);return n<=55295||57344<=n?String.fromCodePoint(n):`�`}throw SyntaxError(`Unknown escape sequence`)}function x(){let n=t;switch(i(us),e[t]){case`.`:case`[`:case`*`:case`}`:case void 0:return!1;case`{`:return ee(e.slice(n,t))}return e[t-1]===` `&&ee(e.slice(n,t))}function S(e,t){return e.replace(t,``)}function ee(e){let t=e.replace(es,`
`),n=ts.exec(e)[1].length;return new fs(t,n)}}},fs=class{constructor(e,t){this.value=e,this.length=t}},ps=[`en`,`pt-BR`,`zh-Hans`];function ms(e){let t=/(?:^|\/)locales\/([^/]+)\/ui\/[^/]+\.ftl$/.exec(e);return t?t[1]??null:null}function hs(e){let t=new Map;for(let n of Object.keys(e).sort()){let e=ms(n);e&&t.set(e,[...t.get(e)??[],n])}let n=new Map,r=[];return{languages:[...t.keys()].sort(),problems:r,bundle(i){let a=n.get(i);if(a)return a;let o=t.get(i);if(!o)return;let s=new Bo(i,{useIsolating:!0});for(let t of o)for(let n of s.addResource(new ds(e[t]??``)))r.push(`${t}: ${n.message}`);return n.set(i,s),s}}}function gs(e){let t=e.indexOf(`.`);return t<0?[e,null]:[e.slice(0,t),e.slice(t+1)]}function _s(e,t,n){if(!e)return null;let[r,i]=gs(t),a=e.getMessage(r);if(!a)return null;let o=i===null?a.value:a.attributes[i];if(!o)return null;let s=[],c=e.formatPattern(o,n??null,s);return s.length,c}function vs(e,t,n,r){return _s(e.bundle(t),n,r)??_s(e.bundle(`en`),n,r)??n}function ys(e){return ps.find(t=>t.toLowerCase()===(e??``).toLowerCase())??`en`}function bs(e){let t=(e??``).split(/[-_.@]/)[0]?.toLowerCase();return t===`pt`?`pt-BR`:t===`zh`?`zh-Hans`:`en`}var xs=hs(Object.assign({"../../../../locales/en/ui/main.ftl":`# Polydesk desktop UI — English (source).
# Every id here must exist in pt-BR and zh-Hans too, with the same attributes.

app-name = Polydesk
app-loading = Opening your workspace…

## Startup errors (error-<code in kebab case>)

error-screen-title = Polydesk can’t open its local cache
error-cache-corrupt = The local cache file is damaged and can’t be read. Your CRM data is safe: Polydesk can set the damaged file aside and start again with an empty cache.
error-cache-locked = Another Polydesk window is already using the local cache. Close it, then try again.
error-cache-too-new = The local cache was written by a newer version of Polydesk. Update Polydesk, or set this cache aside and start fresh.
error-template = This reply template can’t be filled in: a value it needs is missing. Nothing was inserted; fill in the missing fields and try again.
error-sync = Polydesk couldn’t sync with the CRM: it answered in a way Polydesk can’t use. Your local data is unchanged.
error-storage = Polydesk couldn’t read or write its local files. Check that the disk has free space and that your user can write to it.
error-keychain = Your system’s keychain couldn’t keep or give back the CRM password or token. Unlock the keychain (or let Polydesk use it) and try again.
error-not-found = This case is no longer in the local cache.
error-invalid-input = Polydesk sent a request it shouldn’t have. Please try again.
error-unknown = Something unexpected went wrong.
error-code = Error code: { $code }
error-move-aside = Move it aside and start fresh
error-move-aside-hint = The old file is kept under a new name; nothing is deleted.
error-retry = Try again

## Welcome (empty cache)

welcome-title = Welcome to Polydesk
welcome-body = Your local cache is empty. Connect a CRM to sync your cases, or look around in a demo workspace first.
welcome-demo = Open the demo workspace
welcome-demo-hint = About 300 sample cases in English, Portuguese and Chinese. Everything stays on this computer.

## Top bar

search-input =
    .placeholder = Search cases and messages
    .aria-label = Search cases and messages
search-clear = Clear search
shortcuts-button = Shortcuts
settings-button = Settings

## Views (left pane)

views-label = Views
view-all = All
view-mine = My open
view-unassigned = Unassigned
view-due-soon = Due soon
view-pending = Pending
view-solved = Solved

## Case list

list-label = Cases
list-loading = Loading cases…
list-empty = No cases in this view.
list-error = The case list couldn’t be loaded.
case-unassigned = Unassigned
case-draft = Draft
    .title = You have an unsent draft on this case
sla-due-in = in { $duration }
    .title = Next reply due { $time }
sla-overdue = { $duration } overdue
    .title = Reply was due { $time }
duration-minutes = { $count } min
duration-hours = { $count } h
duration-days = { $count } d

## Status, priority, direction, customer kind

status-new = New
status-open = Open
status-pending = Pending
status-on-hold = On hold
status-solved = Solved
status-closed = Closed
priority-low = Low
priority-normal = Normal
priority-high = High
priority-urgent = Urgent
direction-inbound = Customer
direction-outbound = Reply
direction-note = Internal note
kind-creator = Creator
kind-seller = Seller
kind-viewer = Viewer

## Reply languages

reply-language-en = English
reply-language-pt-br = Portuguese (Brazil)
reply-language-pt-pt = Portuguese (Portugal)
reply-language-zh-hans = Chinese (Simplified)
reply-language-zh-hant = Chinese (Traditional)
lang-chip-en = EN
lang-chip-pt-br = PT-BR
lang-chip-pt-pt = PT-PT
lang-chip-zh-hans = 中文简
lang-chip-zh-hant = 中文繁
lang-chip-unknown = ?
    .title = Language not detected

## Search

search-running = Searching…
search-results =
    { $count ->
        [one] One result for “{ $query }”
       *[other] { $count } results for “{ $query }”
    }
search-none = Nothing matches “{ $query }”.
search-subject-match = Subject

## Case detail

detail-empty-title = No case open
detail-empty-hint = Pick a case from the list, or move with j and k and press Enter.
detail-loading = Loading case…
detail-close = Close case
detail-properties = Details
detail-thread =
    { $count ->
        [one] One message
       *[other] { $count } messages
    }
field-customer = Customer
field-handle = Handle
field-kind = Type
field-locale = Locale
field-country = Country
field-status = Status
field-priority = Priority
field-group = Group
field-assignee = Assignee
field-tags = Tags
field-reply-language = Reply language
field-empty = —

## Draft

draft-input =
    .placeholder = Write your reply in { $language }…
    .aria-label = Reply draft
draft-saving = Saving…
draft-saved = Draft saved
draft-error = Couldn’t save the draft
draft-hint = Drafts are kept on this computer.
note-input =
    .placeholder = Write an internal note for your team…
    .aria-label = Internal note

## Status bar

statusbar-cache = Cache { $size }
statusbar-cases =
    { $count ->
        [one] { $count } case
       *[other] { $count } cases
    }
statusbar-sync = Last sync { $when }
statusbar-sync-demo = Demo workspace
statusbar-sync-never = Never synced
statusbar-agent = Signed in as { $name }
statusbar-shortcuts = Press ? for keyboard shortcuts

## Shortcuts overlay

shortcuts-title = Keyboard shortcuts
shortcuts-close = Close
shortcut-next = Next case
    .key = j
shortcut-prev = Previous case
    .key = k
shortcut-open = Open the selected case
    .key = Enter
shortcut-back = Back: close the case, clear the search, close this panel
    .key = Esc
shortcut-search = Search
    .key = /
shortcut-help = Show or hide this list
    .key = ?
shortcut-macro = Insert a macro (in the reply box)
    .key = Ctrl+M
shortcut-send = Send the reply
    .key = Ctrl+Enter
shortcuts-ime-note = Shortcuts stay off while you type or compose text with an input method.

## Settings

settings-title = Settings
settings-close = Close settings
settings-language = Interface language
settings-language-hint = Case content is always shown in the customer’s language.
language-name-en = English
language-name-pt-BR = Português (Brasil)
language-name-zh-Hans = 中文（简体）
settings-agent-gender = Your gender (for Portuguese thank-you forms: Obrigado/Obrigada)
settings-macro-pack = Team macro pack folder
settings-macro-pack-dir =
    .placeholder = /path/to/team-macros
settings-macro-pack-use = Use
settings-macro-pack-clear = Clear
settings-macro-pack-count =
    { $count ->
        [one] One macro, team folder included
       *[other] { $count } macros, team folder included
    }
settings-macro-pack-none =
    { $count ->
        [one] No team folder: one built-in macro
       *[other] No team folder: { $count } built-in macros
    }
settings-macro-pack-problems =
    { $count ->
        [one] One file couldn’t be loaded:
       *[other] { $count } files couldn’t be loaded:
    }
settings-macro-pack-invalid = That isn’t a folder Polydesk can read.
settings-signature = Signature
settings-signature-language = Reply language of the signature
settings-signature-save = Save
settings-signature-reset = Use the standard signature
settings-signature-hint = Inserting a macro adds this signature at the end of the reply.

## Reply composer

composer-reply-language = Reply in
reply-source-agent = Your choice
    .title = You chose this language for this case; it sticks.
reply-source-customer-locale = Customer’s locale
    .title = Suggested by the customer’s locale in the CRM.
reply-source-detected = Detected
    .title = Detected from the customer’s messages.
reply-source-current = Case default
    .title = Nothing to suggest from: the case’s current language.
reply-suggestion = Suggested: { $language }
reply-kind-label = Reply type
reply-kind-reply = Public reply
reply-kind-note = Internal note
composer-send = Send
    .title = Send ({ $key })
composer-send-note = Add note
composer-sending = Sending…
composer-language-mismatch = This reply looks like { $detected }, but the reply language is { $reply }.
composer-mismatch-switch = Reply in { $language }
composer-inserted-fallback = The inserted macro is in { $used }, not { $reply }. Check it before sending.
composer-confirm = Check the warning above before sending.
composer-confirm-send = Send anyway
composer-confirm-cancel = Keep editing
composer-queued-note = Queued replies are kept on this computer and sent when Polydesk connects to the CRM.
message-queued = Queued
    .title = Not sent yet: kept on this computer until Polydesk connects to the CRM.

## Files attached to a reply or note
composer-attach = Attach files
    .title = Attach files: up to { $count } per reply, { $size } each, { $total } in all
composer-files-label = Files to send
composer-file-remove = Remove { $name }
composer-file-no-name = A file without a name can’t be attached.
composer-file-empty = “{ $name }” is empty, so it wasn’t attached.
composer-file-too-big = “{ $name }” is { $size }: a file can be at most { $limit }.
composer-file-too-many = “{ $name }” wasn’t attached: a reply can take at most { $limit } files.
composer-file-total-too-big = “{ $name }” wasn’t attached: the files would come to { $total }, and a reply can take at most { $limit } in all.
composer-file-unreadable = “{ $name }” couldn’t be read (was it moved or deleted?). Remove it, or attach it again.
composer-files-refused = The attached files weren’t accepted: { $detail }
composer-files-dismiss = Dismiss
composer-drop-files = Drop files to attach them

## Macros

macro-picker-button = Macros
    .title = Insert a macro ({ $key })
macro-picker-title = Macros
macro-picker-close = Close macros
macro-search =
    .placeholder = Search macros by title, id or category
    .aria-label = Search macros
macro-list-loading = Loading macros…
macro-list-error = The macros couldn’t be loaded.
macro-list-empty = No macro matches “{ $query }”.
macro-list-keys = ↑ ↓ to move · Enter to choose · Esc to close
macro-locale-missing = No { $language } version
macro-back = All macros
macro-variables-address = Greeting and closing
macro-currency = Currency
macro-amount-invalid = Write the amount like 1234.50
macro-template-missing = Fill in before inserting: { $names }
macro-fallback = This macro has no { $requested } version, so the text is in { $used }. Check forms of address and vocabulary before sending.
macro-preview-customer = Customer sees
macro-preview-agent = In your language
macro-preview-rendering = Rendering…
macro-preview-none = No preview until the fields above are filled in.
macro-insert-keys = { $key } inserts · Esc closes
macro-cancel = Cancel
macro-insert = Insert

## Macro variables, their values and categories

variable-customer-name = Customer name
variable-customer-first-name = First name
variable-customer-surname = Surname
variable-customer-gender = Customer gender
variable-formality = Formality
variable-agent-name = Your name
variable-agent-gender = Your gender
variable-order-id = Order number
variable-case-ref = Case reference
variable-team = Team
variable-amount = Amount
variable-days = Business days
variable-date = Date
variable-diamonds = Diamonds
variable-item-count = Number of items
variable-appeal-id = Appeal ID
variable-carrier = Carrier
variable-gift-name = Gift
variable-policy-name = Policy
variable-product-name = Product
variable-stream-title = Stream title
variable-tracking-number = Tracking number
option-female = Female
option-male = Male
option-unknown = Not specified
option-formal = Formal
option-informal = Informal
category-creator-earnings = Creator earnings
category-live = Live
category-account = Account
category-seller-orders = Seller orders
category-refunds = Refunds
category-logistics = Shipping
category-listings = Listings
category-general = General
category-escalation = Escalation

## Sync (status bar, outbox)

sync-label = Sync
sync-state-not-configured = No CRM
sync-state-paused = Working offline
sync-state-connecting = Connecting…
sync-state-syncing = Syncing…
sync-state-online = Online
sync-state-offline = Offline
sync-state-sign-in-required = Sign in again
sync-state-cannot-start = Sync cannot start
sync-pending = { $count } queued
sync-attention =
    { $count ->
        [one] { $count } needs you
       *[other] { $count } need you
    }
sync-progress =
    { $total ->
        [one] { $done } of { $total } case
       *[other] { $done } of { $total } cases
    }
sync-progress-count =
    { $done ->
        [one] { $done } case so far
       *[other] { $done } cases so far
    }
sync-eta-soon = less than a minute left
sync-eta-minutes = about { $count } min left
sync-eta-hours = about { $count } h left
sync-offline-retry = Trying again in { $seconds } s
sync-last = Last sync { $when }
sync-last-never = Not synced yet
sync-open-outbox = Open the outbox
sync-now = Sync now
sync-work-offline = Work offline
sync-work-offline-hint = Your changes keep queueing on this computer; nothing is sent or fetched until you turn this off.
sync-no-crm = No CRM is connected: your changes stay on this computer. Set one up in Settings.
sync-sign-in-hint = The CRM refused the saved sign-in. Enter the password or token again in Settings.
sync-cannot-start-hint = Sync cannot start on this computer for the reason below (the keychain, or the team’s crm-mapping.toml in the data folder). Your changes stay queued until it is fixed.
crm-kind-zendesk = Zendesk
crm-kind-rt = Request Tracker (RT)
crm-kind-demo = Demo CRM (built in)

## Pending changes and the outbox

case-pending = { $count } queued
    .title = Changes of yours not in the CRM yet
outbox-title = Outbox
outbox-close = Close the outbox
outbox-loading = Loading the outbox…
outbox-empty = Nothing waiting: everything you did is in the CRM.
outbox-group-conflict = Changed in the CRM too: choose what stays
outbox-group-rejected = Refused by the CRM
outbox-group-failed = Retrying
outbox-group-pending = Waiting to be sent
outbox-kind-reply = Reply
outbox-kind-note = Internal note
outbox-kind-fields = Field changes
outbox-open-case = Open the case
outbox-attempts =
    { $count ->
        [one] { $count } attempt
       *[other] { $count } attempts
    }
outbox-change = { $field }: { $from } → { $to }
outbox-tags-add = Add tags: { $tags }
outbox-tags-remove = Remove tags: { $tags }
outbox-resolve = Choose…
outbox-retry = Retry
outbox-copy = Copy text
outbox-copied = Copied
outbox-copy-failed = Couldn’t copy: select the text and copy it yourself
outbox-discard = Discard
outbox-discard-confirm = Discard it for good? It won’t reach the CRM.
outbox-discard-yes = Discard
outbox-discard-no = Keep
outbox-discarded = Discarded. You can still copy its text until you close the outbox.

## Conflicts

conflict-title = Changed in the CRM too
conflict-intro = While your change to “{ $subject }” waited, someone changed the same fields in the CRM. Choose, field by field, which value stays.
conflict-base = You saw
conflict-mine = Yours
conflict-theirs = The CRM’s now
conflict-all-mine = Keep all mine
conflict-all-theirs = Keep all the CRM’s
conflict-choose-all = Choose a value for every field.
conflict-submit = Apply
conflict-cancel = Cancel

## Case header: fields, escalation

detail-fields = Case fields
field-order-id = Order
field-creator-id = Creator ID
field-pending = Queued
    .title = Not in the CRM yet: shown here until it syncs
field-conflict = Conflict
    .title = Changed in the CRM too: choose which value stays
case-resolve-conflict = Resolve the conflict…
tag-add =
    .placeholder = Add a tag
    .aria-label = Add a tag (separate several with commas)
tag-remove = Remove the tag { $tag }
escalate-button = Escalate
escalate-title = Escalate the case
escalate-intro = The case leaves { $group } for the team you choose, tagged “escalated”. Your reason goes to them as an internal note.
escalate-team = Team
    .placeholder = Choose or type a team
escalate-priority = Priority
escalate-priority-keep = Keep it ({ $priority })
escalate-reason = Reason
    .placeholder = What the next team needs to know
escalate-reason-hint = Required: the next team reads it first.
escalate-invalid = Choose a team and say why the case is escalated.
escalate-submit = Escalate
escalate-cancel = Cancel

## Changed-case warning (before a reply goes out)

case-changed-title = This case changed since you opened it
case-changed-intro = Nothing was sent yet. Read what changed, then send your reply as it is or go back to the case.
case-changed-customer =
    { $count ->
        [one] The customer wrote again:
       *[other] The customer wrote { $count } new messages. The latest:
    }
case-changed-colleague =
    { $count ->
        [one] { $author } added a message.
       *[other] Colleagues added { $count } messages, the latest by { $author }.
    }
case-changed-status = The status changed from { $from } to { $to }.
case-changed-assignee = The assignee changed from { $from } to { $to }.
case-changed-send = Send anyway
case-changed-review = Review the case

## Settings: CRM connection

settings-connection = CRM connection
connection-none = No CRM connected: cases stay as they are in the cache.
connection-current = Connected to { $crm }
connection-kind = CRM
connection-demo-hint = The demo CRM is built in and comes with the demo workspace: no address or account needed. To sync with your team’s CRM, choose it above.
connection-url = Address
    .placeholder = https://acme.zendesk.com
connection-user = Email or user name
connection-user-hint = Leave it empty to sign in with a token alone.
connection-secret = API token or password
connection-secret-saved =
    .placeholder = Leave empty to keep the saved one
connection-secret-hint = Kept in your system’s keychain, never in Polydesk’s files.
connection-test = Test connection
connection-testing = Testing…
connection-save = Save and sync
connection-saved = Saved. Polydesk is syncing with the CRM.
connection-forget = Forget
connection-forget-confirm = Forget this CRM? Sync stops and the password or token is removed from the keychain; your cache and outbox stay on this computer.
connection-forget-cancel = Keep it
connection-forgotten = Forgotten. Nothing is synced until you connect a CRM again.
connection-ok = Connected as { $agent }.
connection-ok-admin = Connected as { $agent } (administrator).
connection-problem-offline = Polydesk couldn’t reach a CRM at that address. Check it, and your network.
connection-problem-auth = The CRM refused the user name, password or token.
connection-problem-server = The CRM answered with an error. Try again in a moment.
connection-problem-protocol = That address didn’t answer like the CRM you chose.
connection-problem-unknown = The connection test failed.
connection-invalid = Check the connection settings.

## Demo CRM simulation

demo-title = Demo CRM simulation
demo-hint = See how Polydesk works offline and when a colleague changes the same case.
demo-network-down = Cut the network
demo-network-up = Restore the network
demo-colleague-edit = A colleague edits the open case
demo-colleague-hint = Open a case first.
demo-colleague-done = A colleague changed the case’s status and priority in the CRM.
demo-refused = The demo CRM couldn’t do that.

## Attachments of a message
attachments-label = Attachments
attachment-open =
    .title = Download and open with the default app
attachment-saved = Saved to { $path }
`,"../../../../locales/pt-BR/ui/main.ftl":`# Polydesk desktop UI — português do Brasil.

app-name = Polydesk
app-loading = Abrindo seu espaço de trabalho…

## Startup errors (error-<code in kebab case>)

error-screen-title = O Polydesk não conseguiu abrir o cache local
error-cache-corrupt = O arquivo do cache local está danificado e não pode ser lido. Seus dados no CRM estão seguros: o Polydesk pode deixar o arquivo danificado de lado e recomeçar com um cache vazio.
error-cache-locked = Outra janela do Polydesk já está usando o cache local. Feche essa janela e tente de novo.
error-cache-too-new = O cache local foi gravado por uma versão mais nova do Polydesk. Atualize o Polydesk ou deixe este cache de lado e comece do zero.
error-template = Não foi possível preencher este modelo de resposta: falta um valor de que ele precisa. Nada foi inserido; preencha os campos que faltam e tente de novo.
error-sync = O Polydesk não conseguiu sincronizar com o CRM: a resposta veio em um formato que o Polydesk não consegue usar. Seus dados locais não foram alterados.
error-storage = O Polydesk não conseguiu ler ou gravar os arquivos locais. Verifique se há espaço livre no disco e se o seu usuário tem permissão de escrita.
error-keychain = O chaveiro do sistema não conseguiu guardar nem devolver a senha ou o token do CRM. Desbloqueie o chaveiro (ou permita que o Polydesk o use) e tente de novo.
error-not-found = Este caso não está mais no cache local.
error-invalid-input = O Polydesk enviou uma solicitação inválida. Tente de novo.
error-unknown = Aconteceu um erro inesperado.
error-code = Código do erro: { $code }
error-move-aside = Deixar de lado e começar do zero
error-move-aside-hint = O arquivo antigo é mantido com outro nome; nada é apagado.
error-retry = Tentar de novo

## Welcome (empty cache)

welcome-title = Boas-vindas ao Polydesk
welcome-body = Seu cache local está vazio. Conecte um CRM para sincronizar seus casos ou explore antes um espaço de trabalho de demonstração.
welcome-demo = Abrir o espaço de demonstração
welcome-demo-hint = Cerca de 300 casos de exemplo em inglês, português e chinês. Tudo fica neste computador.

## Top bar

search-input =
    .placeholder = Buscar casos e mensagens
    .aria-label = Buscar casos e mensagens
search-clear = Limpar busca
shortcuts-button = Atalhos
settings-button = Configurações

## Views (left pane)

views-label = Visualizações
view-all = Todos
view-mine = Meus abertos
view-unassigned = Sem responsável
view-due-soon = Vencendo em breve
view-pending = Pendentes
view-solved = Resolvidos

## Case list

list-label = Casos
list-loading = Carregando casos…
list-empty = Nenhum caso nesta visualização.
list-error = Não foi possível carregar a lista de casos.
case-unassigned = Sem responsável
case-draft = Rascunho
    .title = Você tem um rascunho não enviado neste caso
sla-due-in = em { $duration }
    .title = Próxima resposta até { $time }
sla-overdue = { $duration } de atraso
    .title = Prazo vencido em { $time }
duration-minutes = { $count } min
duration-hours = { $count } h
duration-days = { $count } d

## Status, priority, direction, customer kind

status-new = Novo
status-open = Aberto
status-pending = Pendente
status-on-hold = Em espera
status-solved = Resolvido
status-closed = Fechado
priority-low = Baixa
priority-normal = Normal
priority-high = Alta
priority-urgent = Urgente
direction-inbound = Cliente
direction-outbound = Resposta
direction-note = Nota interna
kind-creator = Criador
kind-seller = Vendedor
kind-viewer = Espectador

## Reply languages

reply-language-en = inglês
reply-language-pt-br = português (Brasil)
reply-language-pt-pt = português (Portugal)
reply-language-zh-hans = chinês (simplificado)
reply-language-zh-hant = chinês (tradicional)
lang-chip-en = EN
lang-chip-pt-br = PT-BR
lang-chip-pt-pt = PT-PT
lang-chip-zh-hans = 中文简
lang-chip-zh-hant = 中文繁
lang-chip-unknown = ?
    .title = Idioma não detectado

## Search

search-running = Buscando…
search-results =
    { $count ->
        [one] Um resultado para “{ $query }”
       *[other] { $count } resultados para “{ $query }”
    }
search-none = Nada encontrado para “{ $query }”.
search-subject-match = Assunto

## Case detail

detail-empty-title = Nenhum caso aberto
detail-empty-hint = Escolha um caso na lista ou navegue com j e k e pressione Enter.
detail-loading = Carregando caso…
detail-close = Fechar caso
detail-properties = Detalhes
detail-thread =
    { $count ->
        [one] Uma mensagem
       *[other] { $count } mensagens
    }
field-customer = Cliente
field-handle = Usuário
field-kind = Tipo
field-locale = Localidade
field-country = País
field-status = Status
field-priority = Prioridade
field-group = Grupo
field-assignee = Responsável
field-tags = Tags
field-reply-language = Idioma da resposta
field-empty = —

## Draft

draft-input =
    .placeholder = Escreva sua resposta em { $language }…
    .aria-label = Rascunho da resposta
draft-saving = Salvando…
draft-saved = Rascunho salvo
draft-error = Não foi possível salvar o rascunho
draft-hint = Os rascunhos ficam neste computador.
note-input =
    .placeholder = Escreva uma nota interna para a equipe…
    .aria-label = Nota interna

## Status bar

statusbar-cache = Cache { $size }
statusbar-cases =
    { $count ->
        [one] { $count } caso
       *[other] { $count } casos
    }
statusbar-sync = Última sincronização { $when }
statusbar-sync-demo = Espaço de demonstração
statusbar-sync-never = Nunca sincronizado
statusbar-agent = Conectado como { $name }
statusbar-shortcuts = Pressione ? para ver os atalhos de teclado

## Shortcuts overlay

shortcuts-title = Atalhos de teclado
shortcuts-close = Fechar
shortcut-next = Próximo caso
    .key = j
shortcut-prev = Caso anterior
    .key = k
shortcut-open = Abrir o caso selecionado
    .key = Enter
shortcut-back = Voltar: fechar o caso, limpar a busca, fechar este painel
    .key = Esc
shortcut-search = Buscar
    .key = /
shortcut-help = Mostrar ou ocultar esta lista
    .key = ?
shortcut-macro = Inserir uma macro (na caixa de resposta)
    .key = Ctrl+M
shortcut-send = Enviar a resposta
    .key = Ctrl+Enter
shortcuts-ime-note = Os atalhos ficam desativados enquanto você digita ou compõe texto com um método de entrada.

## Settings

settings-title = Configurações
settings-close = Fechar configurações
settings-language = Idioma da interface
settings-language-hint = O conteúdo dos casos é sempre exibido no idioma do cliente.
language-name-en = English
language-name-pt-BR = Português (Brasil)
language-name-zh-Hans = 中文（简体）
settings-agent-gender = Seu gênero (para o agradecimento em português: Obrigado/Obrigada)
settings-macro-pack = Pasta de macros da equipe
settings-macro-pack-dir =
    .placeholder = /caminho/para/macros-da-equipe
settings-macro-pack-use = Usar
settings-macro-pack-clear = Limpar
settings-macro-pack-count =
    { $count ->
        [one] Uma macro, incluindo as da equipe
       *[other] { $count } macros, incluindo as da equipe
    }
settings-macro-pack-none =
    { $count ->
        [one] Nenhuma pasta da equipe: uma macro embutida
       *[other] Nenhuma pasta da equipe: { $count } macros embutidas
    }
settings-macro-pack-problems =
    { $count ->
        [one] Um arquivo não pôde ser carregado:
       *[other] { $count } arquivos não puderam ser carregados:
    }
settings-macro-pack-invalid = Essa não é uma pasta que o Polydesk consiga ler.
settings-signature = Assinatura
settings-signature-language = Idioma da resposta para esta assinatura
settings-signature-save = Salvar
settings-signature-reset = Usar a assinatura padrão
settings-signature-hint = Ao inserir uma macro, esta assinatura é adicionada ao final da resposta.

## Reply composer

composer-reply-language = Responder em
reply-source-agent = Sua escolha
    .title = Você escolheu este idioma para este caso; ele fica salvo.
reply-source-customer-locale = Localidade do cliente
    .title = Sugerido pela localidade do cliente no CRM.
reply-source-detected = Detectado
    .title = Detectado nas mensagens do cliente.
reply-source-current = Padrão do caso
    .title = Sem base para sugerir: o idioma atual do caso.
reply-suggestion = Sugestão: { $language }
reply-kind-label = Tipo de resposta
reply-kind-reply = Resposta pública
reply-kind-note = Nota interna
composer-send = Enviar
    .title = Enviar ({ $key })
composer-send-note = Adicionar nota
composer-sending = Enviando…
composer-language-mismatch = Esta resposta parece estar em { $detected }, mas o idioma de resposta é { $reply }.
composer-mismatch-switch = Responder em { $language }
composer-inserted-fallback = A macro inserida está em { $used }, não em { $reply }. Revise antes de enviar.
composer-confirm = Confira o aviso acima antes de enviar.
composer-confirm-send = Enviar mesmo assim
composer-confirm-cancel = Continuar editando
composer-queued-note = As respostas na fila ficam neste computador e são enviadas quando o Polydesk se conectar ao CRM.
message-queued = Na fila
    .title = Ainda não enviada: fica neste computador até o Polydesk se conectar ao CRM.

## Files attached to a reply or note
composer-attach = Anexar arquivos
    .title = Anexar arquivos: até { $count } por resposta, { $size } cada, { $total } no total
composer-files-label = Arquivos a enviar
composer-file-remove = Remover { $name }
composer-file-no-name = Não é possível anexar um arquivo sem nome.
composer-file-empty = “{ $name }” está vazio e por isso não foi anexado.
composer-file-too-big = “{ $name }” tem { $size }: cada arquivo pode ter no máximo { $limit }.
composer-file-too-many = “{ $name }” não foi anexado: uma resposta pode levar no máximo { $limit } arquivos.
composer-file-total-too-big = “{ $name }” não foi anexado: os arquivos somariam { $total }, e uma resposta pode levar no máximo { $limit } no total.
composer-file-unreadable = Não foi possível ler “{ $name }” (ele foi movido ou excluído?). Remova-o ou anexe-o de novo.
composer-files-refused = Os arquivos anexados não foram aceitos: { $detail }
composer-files-dismiss = Fechar
composer-drop-files = Solte os arquivos para anexá-los

## Macros

macro-picker-button = Macros
    .title = Inserir uma macro ({ $key })
macro-picker-title = Macros
macro-picker-close = Fechar macros
macro-search =
    .placeholder = Buscar macros por título, id ou categoria
    .aria-label = Buscar macros
macro-list-loading = Carregando macros…
macro-list-error = Não foi possível carregar as macros.
macro-list-empty = Nenhuma macro corresponde a “{ $query }”.
macro-list-keys = ↑ ↓ para mover · Enter para escolher · Esc para fechar
macro-locale-missing = Sem versão em { $language }
macro-back = Todas as macros
macro-variables-address = Saudação e despedida
macro-currency = Moeda
macro-amount-invalid = Escreva o valor assim: 1234.50
macro-template-missing = Preencha antes de inserir: { $names }
macro-fallback = Esta macro não tem versão em { $requested }, então o texto está em { $used }. Revise o tratamento e o vocabulário antes de enviar.
macro-preview-customer = O cliente vê
macro-preview-agent = No seu idioma
macro-preview-rendering = Gerando…
macro-preview-none = Sem prévia até preencher os campos acima.
macro-insert-keys = { $key } insere · Esc fecha
macro-cancel = Cancelar
macro-insert = Inserir

## Macro variables, their values and categories

variable-customer-name = Nome do cliente
variable-customer-first-name = Primeiro nome
variable-customer-surname = Sobrenome
variable-customer-gender = Gênero do cliente
variable-formality = Formalidade
variable-agent-name = Seu nome
variable-agent-gender = Seu gênero
variable-order-id = Número do pedido
variable-case-ref = Referência do caso
variable-team = Equipe
variable-amount = Valor
variable-days = Dias úteis
variable-date = Data
variable-diamonds = Diamantes
variable-item-count = Quantidade de itens
variable-appeal-id = ID do recurso
variable-carrier = Transportadora
variable-gift-name = Presente
variable-policy-name = Política
variable-product-name = Produto
variable-stream-title = Título da live
variable-tracking-number = Código de rastreio
option-female = Feminino
option-male = Masculino
option-unknown = Não informado
option-formal = Formal
option-informal = Informal
category-creator-earnings = Ganhos de criadores
category-live = Live
category-account = Conta
category-seller-orders = Pedidos de vendedores
category-refunds = Reembolsos
category-logistics = Entregas
category-listings = Anúncios
category-general = Geral
category-escalation = Escalonamento

## Sync (status bar, outbox)

sync-label = Sincronização
sync-state-not-configured = Sem CRM
sync-state-paused = Trabalhando offline
sync-state-connecting = Conectando…
sync-state-syncing = Sincronizando…
sync-state-online = Online
sync-state-offline = Offline
sync-state-sign-in-required = Entre de novo
sync-state-cannot-start = A sincronização não pode começar
sync-pending = { $count } na fila
sync-attention =
    { $count ->
        [one] { $count } precisa de você
       *[other] { $count } precisam de você
    }
sync-progress =
    { $total ->
        [one] { $done } de { $total } caso
       *[other] { $done } de { $total } casos
    }
sync-progress-count =
    { $done ->
        [one] { $done } caso até agora
       *[other] { $done } casos até agora
    }
sync-eta-soon = falta menos de um minuto
sync-eta-minutes = faltam cerca de { $count } min
sync-eta-hours = faltam cerca de { $count } h
sync-offline-retry = Nova tentativa em { $seconds } s
sync-last = Última sincronização { $when }
sync-last-never = Ainda não sincronizado
sync-open-outbox = Abrir a caixa de saída
sync-now = Sincronizar agora
sync-work-offline = Trabalhar offline
sync-work-offline-hint = Suas alterações continuam na fila neste computador; nada é enviado nem buscado até você desligar esta opção.
sync-no-crm = Nenhum CRM conectado: suas alterações ficam neste computador. Configure um em Configurações.
sync-sign-in-hint = O CRM recusou o login salvo. Informe a senha ou o token de novo em Configurações.
sync-cannot-start-hint = A sincronização não pode começar neste computador pelo motivo abaixo (o chaveiro ou o crm-mapping.toml da equipe na pasta de dados). Suas alterações ficam na fila até que isso seja resolvido.
crm-kind-zendesk = Zendesk
crm-kind-rt = Request Tracker (RT)
crm-kind-demo = CRM de demonstração (embutido)

## Pending changes and the outbox

case-pending = { $count } na fila
    .title = Alterações suas que ainda não chegaram ao CRM
outbox-title = Caixa de saída
outbox-close = Fechar a caixa de saída
outbox-loading = Carregando a caixa de saída…
outbox-empty = Nada esperando: tudo o que você fez já está no CRM.
outbox-group-conflict = Alterado também no CRM: escolha o que fica
outbox-group-rejected = Recusado pelo CRM
outbox-group-failed = Tentando de novo
outbox-group-pending = Aguardando envio
outbox-kind-reply = Resposta
outbox-kind-note = Nota interna
outbox-kind-fields = Alterações de campos
outbox-open-case = Abrir o caso
outbox-attempts =
    { $count ->
        [one] { $count } tentativa
       *[other] { $count } tentativas
    }
outbox-change = { $field }: { $from } → { $to }
outbox-tags-add = Adicionar tags: { $tags }
outbox-tags-remove = Remover tags: { $tags }
outbox-resolve = Escolher…
outbox-retry = Tentar de novo
outbox-copy = Copiar texto
outbox-copied = Copiado
outbox-copy-failed = Não foi possível copiar: selecione o texto e copie você mesmo
outbox-discard = Descartar
outbox-discard-confirm = Descartar de vez? Isso não vai chegar ao CRM.
outbox-discard-yes = Descartar
outbox-discard-no = Manter
outbox-discarded = Descartado. Você ainda pode copiar o texto até fechar a caixa de saída.

## Conflicts

conflict-title = Alterado também no CRM
conflict-intro = Enquanto sua alteração em “{ $subject }” esperava, alguém mudou os mesmos campos no CRM. Escolha, campo a campo, qual valor fica.
conflict-base = Você viu
conflict-mine = O seu
conflict-theirs = O do CRM agora
conflict-all-mine = Manter todos os meus
conflict-all-theirs = Manter todos os do CRM
conflict-choose-all = Escolha um valor para cada campo.
conflict-submit = Aplicar
conflict-cancel = Cancelar

## Case header: fields, escalation

detail-fields = Campos do caso
field-order-id = Pedido
field-creator-id = ID do criador
field-pending = Na fila
    .title = Ainda não está no CRM: aparece aqui até sincronizar
field-conflict = Conflito
    .title = Alterado também no CRM: escolha qual valor fica
case-resolve-conflict = Resolver o conflito…
tag-add =
    .placeholder = Adicionar tag
    .aria-label = Adicionar tag (separe várias com vírgulas)
tag-remove = Remover a tag { $tag }
escalate-button = Escalar
escalate-title = Escalar o caso
escalate-intro = O caso sai de { $group } e vai para a equipe que você escolher, com a tag “escalated”. O motivo chega a ela como nota interna.
escalate-team = Equipe
    .placeholder = Escolha ou digite uma equipe
escalate-priority = Prioridade
escalate-priority-keep = Manter ({ $priority })
escalate-reason = Motivo
    .placeholder = O que a próxima equipe precisa saber
escalate-reason-hint = Obrigatório: é a primeira coisa que a próxima equipe lê.
escalate-invalid = Escolha uma equipe e diga por que o caso está sendo escalado.
escalate-submit = Escalar
escalate-cancel = Cancelar

## Changed-case warning (before a reply goes out)

case-changed-title = Este caso mudou desde que você o abriu
case-changed-intro = Nada foi enviado ainda. Veja o que mudou e depois envie sua resposta como está ou volte ao caso.
case-changed-customer =
    { $count ->
        [one] O cliente escreveu de novo:
       *[other] O cliente escreveu { $count } novas mensagens. A mais recente:
    }
case-changed-colleague =
    { $count ->
        [one] { $author } adicionou uma mensagem.
       *[other] Colegas adicionaram { $count } mensagens; a mais recente é de { $author }.
    }
case-changed-status = O status mudou de { $from } para { $to }.
case-changed-assignee = O responsável mudou de { $from } para { $to }.
case-changed-send = Enviar mesmo assim
case-changed-review = Revisar o caso

## Settings: CRM connection

settings-connection = Conexão com o CRM
connection-none = Nenhum CRM conectado: os casos ficam como estão no cache.
connection-current = Conectado ao { $crm }
connection-kind = CRM
connection-demo-hint = O CRM de demonstração é embutido e vem com o espaço de demonstração: não precisa de endereço nem de conta. Para sincronizar com o CRM da sua equipe, escolha-o acima.
connection-url = Endereço
    .placeholder = https://acme.zendesk.com
connection-user = E-mail ou nome de usuário
connection-user-hint = Deixe em branco para entrar só com um token.
connection-secret = Token de API ou senha
connection-secret-saved =
    .placeholder = Deixe em branco para manter o salvo
connection-secret-hint = Guardado no chaveiro do sistema, nunca nos arquivos do Polydesk.
connection-test = Testar conexão
connection-testing = Testando…
connection-save = Salvar e sincronizar
connection-saved = Salvo. O Polydesk está sincronizando com o CRM.
connection-forget = Esquecer
connection-forget-confirm = Esquecer este CRM? A sincronização para e a senha ou o token sai do chaveiro; seu cache e sua caixa de saída continuam neste computador.
connection-forget-cancel = Manter
connection-forgotten = Esquecido. Nada é sincronizado até você conectar um CRM de novo.
connection-ok = Conectado como { $agent }.
connection-ok-admin = Conectado como { $agent } (administrador).
connection-problem-offline = O Polydesk não encontrou um CRM nesse endereço. Confira o endereço e a sua rede.
connection-problem-auth = O CRM recusou o nome de usuário, a senha ou o token.
connection-problem-server = O CRM respondeu com um erro. Tente de novo daqui a pouco.
connection-problem-protocol = Esse endereço não respondeu como o CRM que você escolheu.
connection-problem-unknown = O teste de conexão falhou.
connection-invalid = Confira as configurações da conexão.

## Demo CRM simulation

demo-title = Simulação do CRM de demonstração
demo-hint = Veja como o Polydesk funciona offline e quando um colega altera o mesmo caso.
demo-network-down = Cortar a rede
demo-network-up = Restaurar a rede
demo-colleague-edit = Um colega edita o caso aberto
demo-colleague-hint = Abra um caso primeiro.
demo-colleague-done = Um colega mudou o status e a prioridade do caso no CRM.
demo-refused = O CRM de demonstração não conseguiu fazer isso.

## Anexos de uma mensagem
attachments-label = Anexos
attachment-open =
    .title = Baixar e abrir com o aplicativo padrão
attachment-saved = Salvo em { $path }
`,"../../../../locales/zh-Hans/ui/main.ftl":`# Polydesk 桌面界面 — 简体中文。

app-name = Polydesk
app-loading = 正在打开工作区…

## Startup errors (error-<code in kebab case>)

error-screen-title = Polydesk 无法打开本地缓存
error-cache-corrupt = 本地缓存文件已损坏，无法读取。您在 CRM 中的数据不受影响：Polydesk 可以把损坏的文件移到一旁，用空缓存重新开始。
error-cache-locked = 另一个 Polydesk 窗口正在使用本地缓存。请先关闭该窗口，然后重试。
error-cache-too-new = 本地缓存由更新版本的 Polydesk 写入。请更新 Polydesk，或将此缓存移到一旁并重新开始。
error-template = 无法填写此回复模板：缺少所需的值。未插入任何内容；请补全缺少的字段后重试。
error-sync = Polydesk 无法与 CRM 同步：CRM 返回的内容无法使用。您的本地数据未受影响。
error-storage = Polydesk 无法读写本地文件。请检查磁盘是否有剩余空间，以及当前用户是否有写入权限。
error-keychain = 系统钥匙串无法保存或读取 CRM 的密码或令牌。请解锁钥匙串（或允许 Polydesk 使用它）后重试。
error-not-found = 本地缓存中已没有这个工单。
error-invalid-input = Polydesk 发出了无效的请求，请重试。
error-unknown = 发生了意外错误。
error-code = 错误代码：{ $code }
error-move-aside = 移到一旁并重新开始
error-move-aside-hint = 旧文件会以新名称保留，不会删除任何内容。
error-retry = 重试

## Welcome (empty cache)

welcome-title = 欢迎使用 Polydesk
welcome-body = 本地缓存是空的。连接 CRM 即可同步工单，也可以先在演示工作区里看看。
welcome-demo = 打开演示工作区
welcome-demo-hint = 约 300 个英语、葡萄牙语和中文的示例工单。所有数据都只保存在这台电脑上。

## Top bar

search-input =
    .placeholder = 搜索工单和消息
    .aria-label = 搜索工单和消息
search-clear = 清除搜索
shortcuts-button = 快捷键
settings-button = 设置

## Views (left pane)

views-label = 视图
view-all = 全部
view-mine = 我的未解决
view-unassigned = 未分配
view-due-soon = 即将到期
view-pending = 待回复
view-solved = 已解决

## Case list

list-label = 工单
list-loading = 正在加载工单…
list-empty = 此视图中没有工单。
list-error = 无法加载工单列表。
case-unassigned = 未分配
case-draft = 草稿
    .title = 此工单有尚未发送的草稿
sla-due-in = { $duration }后到期
    .title = 下次回复截止：{ $time }
sla-overdue = 已超时 { $duration }
    .title = 回复已于 { $time } 到期
duration-minutes = { $count } 分钟
duration-hours = { $count } 小时
duration-days = { $count } 天

## Status, priority, direction, customer kind

status-new = 新建
status-open = 处理中
status-pending = 待回复
status-on-hold = 已搁置
status-solved = 已解决
status-closed = 已关闭
priority-low = 低
priority-normal = 普通
priority-high = 高
priority-urgent = 紧急
direction-inbound = 客户
direction-outbound = 回复
direction-note = 内部备注
kind-creator = 创作者
kind-seller = 商家
kind-viewer = 观众

## Reply languages

reply-language-en = 英语
reply-language-pt-br = 葡萄牙语（巴西）
reply-language-pt-pt = 葡萄牙语（葡萄牙）
reply-language-zh-hans = 简体中文
reply-language-zh-hant = 繁体中文
lang-chip-en = EN
lang-chip-pt-br = PT-BR
lang-chip-pt-pt = PT-PT
lang-chip-zh-hans = 中文简
lang-chip-zh-hant = 中文繁
lang-chip-unknown = ?
    .title = 未识别语言

## Search

search-running = 正在搜索…
search-results =
    { $count ->
       *[other] “{ $query }”共有 { $count } 条结果
    }
search-none = 没有与“{ $query }”匹配的内容。
search-subject-match = 主题

## Case detail

detail-empty-title = 未打开工单
detail-empty-hint = 从列表中选择一个工单，或用 j 和 k 移动后按 Enter 打开。
detail-loading = 正在加载工单…
detail-close = 关闭工单
detail-properties = 详细信息
detail-thread =
    { $count ->
       *[other] { $count } 条消息
    }
field-customer = 客户
field-handle = 账号
field-kind = 类型
field-locale = 区域设置
field-country = 国家/地区
field-status = 状态
field-priority = 优先级
field-group = 组
field-assignee = 负责人
field-tags = 标签
field-reply-language = 回复语言
field-empty = —

## Draft

draft-input =
    .placeholder = 用{ $language }撰写回复…
    .aria-label = 回复草稿
draft-saving = 正在保存…
draft-saved = 草稿已保存
draft-error = 草稿保存失败
draft-hint = 草稿保存在这台电脑上。
note-input =
    .placeholder = 给团队写一条内部备注…
    .aria-label = 内部备注

## Status bar

statusbar-cache = 缓存 { $size }
statusbar-cases =
    { $count ->
       *[other] { $count } 个工单
    }
statusbar-sync = 上次同步：{ $when }
statusbar-sync-demo = 演示工作区
statusbar-sync-never = 从未同步
statusbar-agent = 当前登录：{ $name }
statusbar-shortcuts = 按 ? 查看键盘快捷键

## Shortcuts overlay

shortcuts-title = 键盘快捷键
shortcuts-close = 关闭
shortcut-next = 下一个工单
    .key = j
shortcut-prev = 上一个工单
    .key = k
shortcut-open = 打开选中的工单
    .key = Enter
shortcut-back = 返回：关闭工单、清除搜索、关闭此面板
    .key = Esc
shortcut-search = 搜索
    .key = /
shortcut-help = 显示或隐藏此列表
    .key = ?
shortcut-macro = 插入快捷回复（在回复框中）
    .key = Ctrl+M
shortcut-send = 发送回复
    .key = Ctrl+Enter
shortcuts-ime-note = 在输入文字或使用输入法组字时，快捷键不会生效。

## Settings

settings-title = 设置
settings-close = 关闭设置
settings-language = 界面语言
settings-language-hint = 工单内容始终以客户的语言显示。
language-name-en = English
language-name-pt-BR = Português (Brasil)
language-name-zh-Hans = 中文（简体）
settings-agent-gender = 您的性别（用于葡萄牙语致谢：Obrigado/Obrigada）
settings-macro-pack = 团队快捷回复文件夹
settings-macro-pack-dir =
    .placeholder = /团队/快捷回复/路径
settings-macro-pack-use = 使用
settings-macro-pack-clear = 清除
settings-macro-pack-count =
    { $count ->
       *[other] 共 { $count } 条快捷回复（含团队文件夹）
    }
settings-macro-pack-none =
    { $count ->
       *[other] 未设置团队文件夹：{ $count } 条内置快捷回复
    }
settings-macro-pack-problems =
    { $count ->
       *[other] 有 { $count } 个文件无法加载：
    }
settings-macro-pack-invalid = 这不是 Polydesk 可以读取的文件夹。
settings-signature = 签名
settings-signature-language = 签名所用的回复语言
settings-signature-save = 保存
settings-signature-reset = 使用标准签名
settings-signature-hint = 插入快捷回复时，会在回复末尾附上此签名。

## Reply composer

composer-reply-language = 回复语言
reply-source-agent = 您的选择
    .title = 您为此工单选择了该语言，之后会一直沿用。
reply-source-customer-locale = 客户区域设置
    .title = 根据 CRM 中客户的区域设置推荐。
reply-source-detected = 自动识别
    .title = 根据客户的消息识别。
reply-source-current = 工单默认
    .title = 没有可参考的信息：使用工单当前的语言。
reply-suggestion = 建议：{ $language }
reply-kind-label = 回复类型
reply-kind-reply = 公开回复
reply-kind-note = 内部备注
composer-send = 发送
    .title = 发送（{ $key }）
composer-send-note = 添加备注
composer-sending = 正在发送…
composer-language-mismatch = 这条回复看起来是{ $detected }，但回复语言是{ $reply }。
composer-mismatch-switch = 改用{ $language }回复
composer-inserted-fallback = 插入的快捷回复是{ $used }，而不是{ $reply }。发送前请检查。
composer-confirm = 发送前请先查看上面的提示。
composer-confirm-send = 仍然发送
composer-confirm-cancel = 继续编辑
composer-queued-note = 排队中的回复保存在这台电脑上，Polydesk 连接到 CRM 后即会发送。
message-queued = 排队中
    .title = 尚未发送：保存在这台电脑上，Polydesk 连接到 CRM 后发送。

## Files attached to a reply or note
composer-attach = 添加附件
    .title = 添加附件：每条回复最多 { $count } 个文件，每个不超过 { $size }，总计不超过 { $total }
composer-files-label = 待发送的文件
composer-file-remove = 移除 { $name }
composer-file-no-name = 无法附加没有名称的文件。
composer-file-empty = “{ $name }”是空文件，未附加。
composer-file-too-big = “{ $name }”大小为 { $size }：每个文件不能超过 { $limit }。
composer-file-too-many = 未附加“{ $name }”：每条回复最多只能附加 { $limit } 个文件。
composer-file-total-too-big = 未附加“{ $name }”：文件总大小将达到 { $total }，而每条回复总计不能超过 { $limit }。
composer-file-unreadable = 无法读取“{ $name }”（文件是否已被移动或删除？）。请移除它，或重新附加。
composer-files-refused = 附件未被接受：{ $detail }
composer-files-dismiss = 关闭
composer-drop-files = 将文件拖放到此处即可附加

## Macros

macro-picker-button = 快捷回复
    .title = 插入快捷回复（{ $key }）
macro-picker-title = 快捷回复
macro-picker-close = 关闭快捷回复
macro-search =
    .placeholder = 按标题、ID 或类别搜索快捷回复
    .aria-label = 搜索快捷回复
macro-list-loading = 正在加载快捷回复…
macro-list-error = 无法加载快捷回复。
macro-list-empty = 没有与“{ $query }”匹配的快捷回复。
macro-list-keys = ↑ ↓ 移动 · Enter 选择 · Esc 关闭
macro-locale-missing = 没有{ $language }版本
macro-back = 全部快捷回复
macro-variables-address = 称呼与结束语
macro-currency = 币种
macro-amount-invalid = 请按 1234.50 的格式填写金额
macro-template-missing = 插入前请填写：{ $names }
macro-fallback = 此快捷回复没有{ $requested }版本，因此内容为{ $used }。发送前请检查称呼和用词。
macro-preview-customer = 客户看到的内容
macro-preview-agent = 您的语言
macro-preview-rendering = 正在生成…
macro-preview-none = 填写上面的字段后即可预览。
macro-insert-keys = { $key } 插入 · Esc 关闭
macro-cancel = 取消
macro-insert = 插入

## Macro variables, their values and categories

variable-customer-name = 客户姓名
variable-customer-first-name = 客户名字
variable-customer-surname = 客户姓氏
variable-customer-gender = 客户性别
variable-formality = 语气
variable-agent-name = 您的姓名
variable-agent-gender = 您的性别
variable-order-id = 订单号
variable-case-ref = 工单编号
variable-team = 团队
variable-amount = 金额
variable-days = 工作日数
variable-date = 日期
variable-diamonds = 钻石数
variable-item-count = 商品数量
variable-appeal-id = 申诉编号
variable-carrier = 承运商
variable-gift-name = 礼物
variable-policy-name = 政策
variable-product-name = 商品
variable-stream-title = 直播标题
variable-tracking-number = 运单号
option-female = 女
option-male = 男
option-unknown = 未指定
option-formal = 正式
option-informal = 非正式
category-creator-earnings = 创作者收益
category-live = 直播
category-account = 账号
category-seller-orders = 商家订单
category-refunds = 退款
category-logistics = 物流
category-listings = 商品发布
category-general = 通用
category-escalation = 升级处理

## Sync (status bar, outbox)

sync-label = 同步
sync-state-not-configured = 未连接 CRM
sync-state-paused = 离线工作中
sync-state-connecting = 正在连接…
sync-state-syncing = 正在同步…
sync-state-online = 在线
sync-state-offline = 离线
sync-state-sign-in-required = 需要重新登录
sync-state-cannot-start = 无法开始同步
sync-pending = { $count } 项排队中
sync-attention = { $count } 项需要处理
sync-progress = 已同步 { $done } / { $total } 个案例
sync-progress-count = 已同步 { $done } 个案例
sync-eta-soon = 剩余不到一分钟
sync-eta-minutes = 约剩 { $count } 分钟
sync-eta-hours = 约剩 { $count } 小时
sync-offline-retry = { $seconds } 秒后重试
sync-last = 上次同步：{ $when }
sync-last-never = 尚未同步
sync-open-outbox = 打开发件箱
sync-now = 立即同步
sync-work-offline = 离线工作
sync-work-offline-hint = 你的更改会继续在本机排队；关闭此选项之前，不会发送或获取任何内容。
sync-no-crm = 尚未连接 CRM：你的更改只保存在本机。请在“设置”中连接一个 CRM。
sync-sign-in-hint = CRM 拒绝了已保存的登录信息。请在“设置”中重新输入密码或令牌。
sync-cannot-start-hint = 由于下方的原因（钥匙串，或数据文件夹中团队的 crm-mapping.toml），此电脑无法开始同步。修复之前，你的更改会一直排队。
crm-kind-zendesk = Zendesk
crm-kind-rt = Request Tracker (RT)
crm-kind-demo = 演示 CRM（内置）

## Pending changes and the outbox

case-pending = { $count } 项排队中
    .title = 你的更改尚未同步到 CRM
outbox-title = 发件箱
outbox-close = 关闭发件箱
outbox-loading = 正在加载发件箱…
outbox-empty = 没有待发送的内容：你的所有操作都已同步到 CRM。
outbox-group-conflict = CRM 中也有改动：请选择保留哪一个
outbox-group-rejected = 被 CRM 拒绝
outbox-group-failed = 正在重试
outbox-group-pending = 等待发送
outbox-kind-reply = 回复
outbox-kind-note = 内部备注
outbox-kind-fields = 字段更改
outbox-open-case = 打开案例
outbox-attempts = 已尝试 { $count } 次
outbox-change = { $field }：{ $from } → { $to }
outbox-tags-add = 添加标签：{ $tags }
outbox-tags-remove = 移除标签：{ $tags }
outbox-resolve = 选择…
outbox-retry = 重试
outbox-copy = 复制文本
outbox-copied = 已复制
outbox-copy-failed = 无法复制：请手动选中文本并复制
outbox-discard = 丢弃
outbox-discard-confirm = 确定要永久丢弃吗？它将不会发送到 CRM。
outbox-discard-yes = 丢弃
outbox-discard-no = 保留
outbox-discarded = 已丢弃。关闭发件箱之前，仍可复制其文本。

## Conflicts

conflict-title = CRM 中也有改动
conflict-intro = 你对“{ $subject }”的更改等待发送期间，有人在 CRM 中修改了相同的字段。请逐个字段选择保留哪个值。
conflict-base = 你当时看到的
conflict-mine = 你的
conflict-theirs = CRM 当前的
conflict-all-mine = 全部保留我的
conflict-all-theirs = 全部保留 CRM 的
conflict-choose-all = 请为每个字段选择一个值。
conflict-submit = 应用
conflict-cancel = 取消

## Case header: fields, escalation

detail-fields = 案例字段
field-order-id = 订单
field-creator-id = 创作者 ID
field-pending = 排队中
    .title = 尚未同步到 CRM：同步完成前先在此显示
field-conflict = 冲突
    .title = CRM 中也有改动：请选择保留哪个值
case-resolve-conflict = 解决冲突…
tag-add =
    .placeholder = 添加标签
    .aria-label = 添加标签（多个标签用逗号分隔）
tag-remove = 移除标签 { $tag }
escalate-button = 升级
escalate-title = 升级案例
escalate-intro = 案例将从 { $group } 转交给你选择的团队，并加上“escalated”标签。升级原因会作为内部备注发给对方。
escalate-team = 团队
    .placeholder = 选择或输入团队
escalate-priority = 优先级
escalate-priority-keep = 保持不变（{ $priority }）
escalate-reason = 原因
    .placeholder = 下一个团队需要了解的情况
escalate-reason-hint = 必填：下一个团队会首先看到它。
escalate-invalid = 请选择团队，并说明升级的原因。
escalate-submit = 升级
escalate-cancel = 取消

## Changed-case warning (before a reply goes out)

case-changed-title = 你打开此案例后，它有了变化
case-changed-intro = 尚未发送任何内容。请先查看变化，然后按原样发送回复，或返回案例。
case-changed-customer = 客户又发来 { $count } 条新消息。最新一条：
case-changed-colleague = 同事新增了 { $count } 条消息，最新一条来自 { $author }。
case-changed-status = 状态已从“{ $from }”变为“{ $to }”。
case-changed-assignee = 负责人已从 { $from } 变为 { $to }。
case-changed-send = 仍然发送
case-changed-review = 查看案例

## Settings: CRM connection

settings-connection = CRM 连接
connection-none = 尚未连接 CRM：案例保持缓存中的状态。
connection-current = 已连接到 { $crm }
connection-kind = CRM
connection-demo-hint = 演示 CRM 为内置功能，随演示工作区一起提供：无需地址或账号。如需与团队的 CRM 同步，请在上方选择。
connection-url = 地址
    .placeholder = https://acme.zendesk.com
connection-user = 邮箱或用户名
connection-user-hint = 仅使用令牌登录时请留空。
connection-secret = API 令牌或密码
connection-secret-saved =
    .placeholder = 留空则继续使用已保存的
connection-secret-hint = 保存在系统钥匙串中，绝不写入 Polydesk 的文件。
connection-test = 测试连接
connection-testing = 正在测试…
connection-save = 保存并同步
connection-saved = 已保存。Polydesk 正在与 CRM 同步。
connection-forget = 移除
connection-forget-confirm = 确定移除此 CRM 吗？同步将停止，密码或令牌会从钥匙串中删除；你的缓存和发件箱仍保留在本机。
connection-forget-cancel = 保留
connection-forgotten = 已移除。重新连接 CRM 之前不会同步任何内容。
connection-ok = 已连接，登录身份：{ $agent }。
connection-ok-admin = 已连接，登录身份：{ $agent }（管理员）。
connection-problem-offline = Polydesk 无法通过该地址连接到 CRM。请检查地址和网络。
connection-problem-auth = CRM 拒绝了用户名、密码或令牌。
connection-problem-server = CRM 返回了错误。请稍后重试。
connection-problem-protocol = 该地址的响应与所选的 CRM 不符。
connection-problem-unknown = 连接测试失败。
connection-invalid = 请检查连接设置。

## Demo CRM simulation

demo-title = 演示 CRM 模拟
demo-hint = 体验 Polydesk 在离线时、以及同事修改同一案例时如何工作。
demo-network-down = 断开网络
demo-network-up = 恢复网络
demo-colleague-edit = 让同事编辑当前案例
demo-colleague-hint = 请先打开一个案例。
demo-colleague-done = 一位同事在 CRM 中修改了该案例的状态和优先级。
demo-refused = 演示 CRM 无法执行此操作。

## 消息附件
attachments-label = 附件
attachment-open =
    .title = 下载并用默认应用打开
attachment-saved = 已保存到 { $path }
`})),Ss=Nn({lang:`en`});function Cs(){return Ss.lang}function ws(e){let t=ys(e);return Ss.lang=t,typeof document<`u`&&(document.documentElement.lang=t),t}function Ts(e,t){return vs(xs,Ss.lang,e,t)}var Es={all:`view-all`,mine:`view-mine`,unassigned:`view-unassigned`,"due-soon":`view-due-soon`,pending:`view-pending`,solved:`view-solved`},Ds=[`all`,`mine`,`unassigned`,`due-soon`,`pending`,`solved`],Os={new:`status-new`,open:`status-open`,pending:`status-pending`,"on-hold":`status-on-hold`,solved:`status-solved`,closed:`status-closed`},ks={low:`priority-low`,normal:`priority-normal`,high:`priority-high`,urgent:`priority-urgent`},As={inbound:`direction-inbound`,outbound:`direction-outbound`,note:`direction-note`},js={creator:`kind-creator`,seller:`kind-seller`,viewer:`kind-viewer`},Ms={en:`reply-language-en`,"pt-BR":`reply-language-pt-br`,"pt-PT":`reply-language-pt-pt`,"zh-Hans":`reply-language-zh-hans`,"zh-Hant":`reply-language-zh-hant`},Ns={en:`lang-chip-en`,"pt-BR":`lang-chip-pt-br`,"pt-PT":`lang-chip-pt-pt`,"zh-Hans":`lang-chip-zh-hans`,"zh-Hant":`lang-chip-zh-hant`},Ps={INVALID_INPUT:`error-invalid-input`,NOT_FOUND:`error-not-found`,CACHE_CORRUPT:`error-cache-corrupt`,CACHE_LOCKED:`error-cache-locked`,CACHE_TOO_NEW:`error-cache-too-new`,TEMPLATE:`error-template`,SYNC:`error-sync`,STORAGE:`error-storage`,KEYCHAIN:`error-keychain`,UNKNOWN:`error-unknown`},Fs={"not-configured":`sync-state-not-configured`,paused:`sync-state-paused`,connecting:`sync-state-connecting`,syncing:`sync-state-syncing`,online:`sync-state-online`,offline:`sync-state-offline`,"sign-in-required":`sync-state-sign-in-required`,"cannot-start":`sync-state-cannot-start`},Is=[`sync-eta-soon`,`sync-eta-minutes`,`sync-eta-hours`],Ls={zendesk:`crm-kind-zendesk`,rt:`crm-kind-rt`,demo:`crm-kind-demo`},Rs={offline:`connection-problem-offline`,auth:`connection-problem-auth`,server:`connection-problem-server`,protocol:`connection-problem-protocol`,unknown:`connection-problem-unknown`},zs={conflict:`outbox-group-conflict`,rejected:`outbox-group-rejected`,failed:`outbox-group-failed`,pending:`outbox-group-pending`},Bs={reply:`outbox-kind-reply`,note:`outbox-kind-note`,fields:`outbox-kind-fields`},Vs={status:`field-status`,priority:`field-priority`,assignee:`field-assignee`,group:`field-group`,tags:`field-tags`},Hs={order_id:`field-order-id`,creator_id:`field-creator-id`},Us={"customer-wrote":`case-changed-customer`,"colleague-wrote":`case-changed-colleague`,"status-changed":`case-changed-status`,"assignee-changed":`case-changed-assignee`},Ws={en:`language-name-en`,"pt-BR":`language-name-pt-BR`,"zh-Hans":`language-name-zh-Hans`},Gs={agent:`reply-source-agent`,"customer-locale":`reply-source-customer-locale`,detected:`reply-source-detected`,current:`reply-source-current`},Ks={customer_name:`variable-customer-name`,customer_first_name:`variable-customer-first-name`,customer_surname:`variable-customer-surname`,customer_gender:`variable-customer-gender`,formality:`variable-formality`,agent_name:`variable-agent-name`,agent_gender:`variable-agent-gender`,order_id:`variable-order-id`,case_ref:`variable-case-ref`,team:`variable-team`,amount:`variable-amount`,days:`variable-days`,date:`variable-date`,diamonds:`variable-diamonds`,item_count:`variable-item-count`,appeal_id:`variable-appeal-id`,carrier:`variable-carrier`,gift_name:`variable-gift-name`,policy_name:`variable-policy-name`,product_name:`variable-product-name`,stream_title:`variable-stream-title`,tracking_number:`variable-tracking-number`},qs={female:`option-female`,male:`option-male`,unknown:`option-unknown`,formal:`option-formal`,informal:`option-informal`},Js={female:`option-female`,male:`option-male`,unknown:`option-unknown`},Ys={"creator-earnings":`category-creator-earnings`,live:`category-live`,account:`category-account`,"seller-orders":`category-seller-orders`,refunds:`category-refunds`,logistics:`category-logistics`,listings:`category-listings`,general:`category-general`,escalation:`category-escalation`},Xs={minutes:`duration-minutes`,hours:`duration-hours`,days:`duration-days`},Zs=[`shortcut-next`,`shortcut-prev`,`shortcut-open`,`shortcut-back`,`shortcut-search`,`shortcut-help`,`shortcut-macro`,`shortcut-send`];[Es,Os,ks,As,js,Ms,Ns,Ps,Ws,Xs,Gs,Ks,qs,Js,Ys,Fs,Ls,Rs,zs,Bs,Vs,Hs,Us].flatMap(e=>Object.values(e)).concat(Is).concat(Zs.flatMap(e=>[e,`${e}.key`])).concat(Object.values(Gs).map(e=>`${e}.title`));function Qs(e){if(!e)return null;let t=e.toLowerCase();return Object.keys(Ns).find(e=>e.toLowerCase()===t)??null}function $s(e){return Object.prototype.hasOwnProperty.call(Ks,e)?Ks[e]??null:null}function ec(e,t){return Object.prototype.hasOwnProperty.call(e,t)?e[t]??null:null}function tc(e,t){let n=ec(Vs,e)??ec(Hs,e);return n?t(n):e}function nc(e,t,n){if(t===null||t===``)return n(e===`assignee`?`case-unassigned`:`field-empty`);if(e===`status`){let e=ec(Os,t);if(e)return n(e)}if(e===`priority`){let e=ec(ks,t);if(e)return n(e)}return t}var rc=ci(`<button type="button"><svg viewBox="0 0 16 16" aria-hidden="true"><path d="M4 4l8 8M12 4l-8 8" stroke="currentColor" stroke-width="1.6" stroke-linecap="round"></path></svg></button>`);function ic(e,t){nt(t,!0);let n=co(t,`size`,3,24),r=co(t,`icon`,3,14),i=co(t,`disabled`,3,!1),a=co(t,`element`,15);var o=rc();let s;var c=Wn(o);no(o,e=>a(e),()=>a()),lr(()=>{s=wa(o,1,`icon-btn svelte-18wslo8`,null,s,{small:n()===22,large:n()===26}),Va(o,`data-testid`,t.testid),o.disabled=i(),Va(o,`aria-label`,t.label),Va(o,`title`,t.label),Va(c,`width`,r()),Va(c,`height`,r())}),ei(`click`,o,function(...e){t.onclick?.apply(this,e)}),pi(e,o),rt()}ti([`click`]);export{Ea as $,Cs as A,Un as At,lo as B,j as Bt,Ds as C,Vr as Ct,$s as D,rr as Dt,nc as E,lr as Et,go as F,En as Ft,Ga as G,rt as Gt,so as H,Mt as Ht,fo as I,Cn as It,Ba as J,Qe as Jt,Ra as K,nt as Kt,po as L,wn as Lt,bs as M,Gn as Mt,ds as N,Nn as Nt,ws as O,In as Ot,Bo as P,jn as Pt,ka as Q,mo as R,N as Rt,Es as S,V as St,tc as T,jr as Tt,ro as U,wt as Ut,co as V,A as Vt,no as W,ft as Wt,ja as X,d as Xt,za as Y,Ne as Yt,Aa as Z,h as Zt,Ms as _,ti as _t,Ls as a,la as at,Os as b,B as bt,Ps as c,na as ct,Ws as d,Bi as dt,wa as et,Ns as f,pi as ft,ks as g,di as gt,zs as h,ui as ht,Rs as i,ha as it,ps as j,Wn as jt,Ts as k,Hn as kt,Js as l,ta as lt,Bs as m,ci as mt,Us as n,_a as nt,As as o,aa as ot,qs as p,fi as pt,Va as q,et as qt,Ys as r,ga as rt,Xs as s,ia as st,ic as t,va as tt,js as u,Vi as ut,Zs as v,ei as vt,Qs as w,Wr as wt,Fs as x,K as xt,Gs as y,$r as yt,uo as z,M as zt};