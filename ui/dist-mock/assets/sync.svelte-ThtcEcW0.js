import{Bt as e,F as t,Ft as n,Ht as r,I as i,L as a,Lt as o,M as s,N as c,P as l,R as u,Rt as d,Vt as f,j as ee,xt as p,zt as m}from"./CloseButton-Dht4W0pw.js";var te={INVALID_INPUT:!0,NOT_FOUND:!0,CACHE_CORRUPT:!0,CACHE_LOCKED:!0,CACHE_TOO_NEW:!0,TEMPLATE:!0,SYNC:!0,STORAGE:!0,KEYCHAIN:!0},h=class e extends Error{constructor(e,t){super(t),this.name=`BackendError`,this.code=e}static from(t){if(t instanceof e)return t;if(ne(t))return new e(t.code,t.message);let n=t instanceof Error?t.message:String(t);return new e(`UNKNOWN`,n)}};function ne(e){if(typeof e!=`object`||!e)return!1;let{code:t,message:n}=e;return typeof t==`string`&&t in te&&typeof n==`string`}function g(e){throw new h(`INVALID_INPUT`,e)}function _(e){let t=e.trim();if(t.length%4!=0||!/^[A-Za-z0-9+/]*={0,2}$/.test(t))return null;let n=t.endsWith(`==`)?2:+!!t.endsWith(`=`);return t.length/4*3-n}function v(e){let t=[...(e.split(/[/\\]/).pop()??``).replace(/[\u0000-\u001f\u007f-\u009f]/g,``)].slice(0,200).join(``).trim();return t===``||t===`.`||t===`..`?null:t}function y(e){let t=(e.split(`;`)[0]??``).trim(),n=/^[A-Za-z0-9!#$&^_.+-]+$/,[r,i,...a]=t.split(`/`);return r&&i&&a.length===0&&n.test(r)&&n.test(i)?t.toLowerCase():u}function re(e,t){let n=e??[];n.length>10&&g(`${n.length} files are attached: at most 10 can go with one reply`);let r=0;return n.map(e=>{let t=v(e.file_name)??g(`an attached file has no name: attach it again`),n=_(e.content_base64)??g(`${t} could not be read (not base64): attach it again`);return n===0&&g(`${t} is empty: attach a file with something in it`),n>1e7&&g(`${t} is ${n} bytes: a file can be at most ${i} bytes`),r+=n,r>25e6&&g(`the attached files come to more than ${a} bytes: send some with another reply`),{name:t,size:n,type:y(e.content_type)}}).map(e=>({id:t(),file_name:e.name,content_type:e.type,size:e.size,url:null}))}var b=`Ana Souza`;function x(e,t,n,r,i,a){return{id:e,name:t,handle:n,email:null,kind:r,locale:i,country:a}}var S=[{crmId:1001,custom_fields:{order_id:`88213`,creator_id:`CR-40871`},subject:`Não recebi os diamantes da recarga`,status:`open`,priority:`high`,customer:x(`cus-lucas`,`Lucas Pereira`,`@lucas.live`,`creator`,`pt-BR`,`BR`),assignee:b,group:`Payments`,tags:[`recarga`,`pix`],reply_language:`pt-BR`,slaIn:-130,messages:[{author:`Lucas Pereira`,direction:`inbound`,ago:1560,language:`pt-BR`,text:`Oi! Fiz uma recarga de 500 diamantes ontem à noite pelo Pix e não recebi os diamantes na minha conta.
O valor já saiu do meu banco. Segue o comprovante.`},{author:`Ana Souza`,direction:`note`,ago:1500,language:`pt-BR`,text:`Pix confirmado no gateway (pedido #88213). Crédito travado na fila; abri chamado com Pagamentos.`},{author:`Ana Souza`,direction:`outbound`,ago:1440,language:`pt-BR`,text:`Oi, Lucas! Obrigada pelo comprovante. Já localizamos o pagamento e pedimos a liberação dos diamantes. Aviso assim que cair na sua conta.`,html:`<p>Oi, Lucas! Obrigada pelo comprovante.</p><p>Já localizamos o pagamento e pedimos a <strong>liberação dos diamantes</strong>. Aviso assim que cair na sua conta.</p>`},{author:`Lucas Pereira`,direction:`inbound`,ago:180,language:`pt-BR`,text:`Ainda nada por aqui... tenho uma live hoje às 20h e preciso dos diamantes pra campanha.`}]},{crmId:1002,custom_fields:{order_id:`20240611-7731`},subject:`退款还没到账`,status:`open`,priority:`urgent`,customer:x(`cus-wangfang`,`王芳`,`@wangfang`,`viewer`,`zh-CN`,`CN`),assignee:null,group:`Payments`,tags:[`退款`,`alipay`],reply_language:`zh-Hans`,slaIn:180,messages:[{author:`王芳`,direction:`inbound`,ago:3e3,language:`zh-Hans`,text:`你好，我上周申请的退款还没到账，订单号 20240611-7731，麻烦帮我查一下。`},{author:`Chen Jie`,direction:`outbound`,ago:2880,language:`zh-Hans`,text:`王女士您好！退款已于周三发起，支付宝一般需要 3～5 个工作日到账，请您耐心等待。`},{author:`Chen Jie`,direction:`note`,ago:2820,language:`zh-Hans`,text:`支付团队确认：退款流水号 RF-55120，状态“银行处理中”。`},{author:`王芳`,direction:`inbound`,ago:90,language:`zh-Hans`,text:`已经过了五个工作日了，退款还没到账。能不能给我一个准确的时间？`}]},{crmId:1003,subject:`直播時畫面一直卡頓`,status:`new`,priority:`normal`,customer:x(`cus-chen`,`陳志明`,`@zhiming.tw`,`creator`,`zh-TW`,`TW`),assignee:null,group:`Tier 1`,tags:[`直播`,`streaming`],reply_language:`zh-Hant`,slaIn:420,messages:[{author:`陳志明`,direction:`inbound`,ago:40,language:`zh-Hant`,text:`您好，最近兩天開直播時畫面一直卡頓，觀眾也說聲音不同步。網路測速是正常的，請問該怎麼處理？`},{author:`System`,direction:`note`,ago:38,language:`en`,text:`Auto-tag: streaming quality. Ingest region: ap-east.`}]},{crmId:1004,custom_fields:{creator_id:`CR-11802`},subject:`Não consigo levantar os meus ganhos`,status:`open`,priority:`high`,customer:x(`cus-joao`,`João Martins`,`@joaomartins`,`creator`,`pt-PT`,`PT`),assignee:b,group:`Payouts`,tags:[`levantamento`],reply_language:`pt-PT`,slaIn:75,messages:[{author:`João Martins`,direction:`inbound`,ago:300,language:`pt-PT`,text:`Boa tarde. Tento levantar os meus ganhos de maio e aparece sempre «IBAN inválido», mas o IBAN está correto.`},{author:`Ana Souza`,direction:`outbound`,ago:240,language:`pt-PT`,text:`Olá, João. Pode confirmar se o IBAN começa por PT50 e se o nome do titular é igual ao da conta?`},{author:`João Martins`,direction:`inbound`,ago:120,language:`pt-PT`,text:`Sim, começa por PT50 e o titular sou eu. Já experimentei no telemóvel e no computador.`}]},{crmId:1005,subject:`Account locked after password reset`,status:`open`,priority:`normal`,customer:x(`cus-emily`,`Emily Carter`,`@emcarter`,`viewer`,`en-US`,`US`),assignee:`Marcus Lee`,group:`Tier 1`,tags:[`login`],reply_language:`en`,slaIn:600,messages:[{author:`Emily Carter`,direction:`inbound`,ago:180,language:`en`,text:`Hi, I reset my password this morning and now the app says my account is locked. I never got a verification email.`},{author:`Marcus Lee`,direction:`outbound`,ago:150,language:`en`,text:`Hi Emily, sorry about that! I have cleared the lock. Could you try signing in again and let me know if the code arrives?`,html:`<p>Hi Emily, sorry about that!</p><p>I have cleared the lock. Could you try signing in again and let me know if the code arrives?</p>`}]},{crmId:1006,custom_fields:{creator_id:`CR-52990`},subject:`Live caiu no meio da transmissão`,status:`pending`,priority:`normal`,customer:x(`cus-mariana`,`Mariana Costa`,`@mari.costa`,`creator`,`pt-BR`,`BR`),assignee:b,group:`Tier 2`,tags:[`live`,`android`],reply_language:`pt-BR`,slaIn:null,messages:[{author:`Mariana Costa`,direction:`inbound`,ago:1800,language:`pt-BR`,text:`Minha live caiu duas vezes no meio da transmissão e perdi os presentes que estavam chegando. Uso Android 14.`},{author:`Ana Souza`,direction:`outbound`,ago:1680,language:`pt-BR`,text:`Oi, Mariana! Você consegue mandar o horário aproximado das quedas? Assim a equipe técnica confere os registros.`},{author:`Ana Souza`,direction:`note`,ago:1675,language:`pt-BR`,text:`Aguardando horários para cruzar com o log do servidor de ingestão.`}]},{crmId:1007,custom_fields:{order_id:`7710-5523-90`},subject:`商品链接无法显示在直播间`,status:`open`,priority:`high`,customer:x(`cus-lina`,`李娜`,`@lina.shop`,`seller`,`zh-CN`,`CN`),assignee:`Chen Jie`,group:`Commerce`,tags:[`商品`,`seller`],reply_language:`zh-Hans`,slaIn:-45,messages:[{author:`李娜`,direction:`inbound`,ago:360,language:`zh-Hans`,text:`我在直播间添加了商品链接，但观众那边看不到购物车图标。
已经重新登录过了，还是不行。`},{author:`Chen Jie`,direction:`note`,ago:300,language:`zh-Hans`,text:`店铺资质审核中，商品暂不可见。需要和商家说明审核时间。`}]},{crmId:1008,subject:`Refund for duplicate charge`,status:`open`,priority:`urgent`,customer:x(`cus-tom`,`Tom Becker`,`@tombecker`,`viewer`,`en-GB`,`GB`),assignee:null,group:`Payments`,tags:[`refund`,`card`],reply_language:`en`,slaIn:20,messages:[{author:`Tom Becker`,direction:`inbound`,ago:70,language:`en`,text:`I was charged twice (£9.99) for the same coin pack. Please refund the duplicate charge.`},{author:`Tom Becker`,direction:`inbound`,ago:15,language:`en`,text:`Attaching my bank statement. Both charges are from today.`}]},{crmId:1009,subject:`Como alterar a chave Pix para saques?`,status:`solved`,priority:`low`,customer:x(`cus-rafael`,`Rafael Oliveira`,`@rafa.oli`,`creator`,`pt-BR`,`BR`),assignee:b,group:`Payouts`,tags:[`pix`,`saque`],reply_language:`pt-BR`,slaIn:null,messages:[{author:`Rafael Oliveira`,direction:`inbound`,ago:4320,language:`pt-BR`,text:`Como faço para alterar a chave Pix que recebe meus saques? Mudei de banco.`},{author:`Ana Souza`,direction:`outbound`,ago:4280,language:`pt-BR`,text:`Oi, Rafael! Vá em Carteira → Saques → Chave Pix e toque em "Alterar". A nova chave vale a partir do próximo saque.`},{author:`Rafael Oliveira`,direction:`inbound`,ago:4230,language:`pt-BR`,text:`Deu certo, valeu!`}]},{crmId:1010,subject:`帳號被盜，請協助凍結`,status:`on-hold`,priority:`urgent`,customer:x(`cus-meiling`,`林美玲`,`@meiling`,`seller`,`zh-HK`,`HK`),assignee:`Chen Jie`,group:`Trust & Safety`,tags:[`安全`],reply_language:`zh-Hant`,slaIn:null,messages:[{author:`林美玲`,direction:`inbound`,ago:540,language:`zh-Hant`,text:`我的帳號今天早上被別人登入，還改了綁定的手機號碼。請立刻幫我凍結帳號！`},{author:`Chen Jie`,direction:`outbound`,ago:510,language:`zh-Hant`,text:`林小姐您好，我們已暫時凍結您的帳號。請提供身分證明文件，以便我們協助您恢復帳號。`},{author:`Chen Jie`,direction:`note`,ago:500,language:`en`,text:`Escalated to Trust & Safety, waiting for ID verification.`}]},{crmId:1011,subject:`Question about creator fund eligibility`,status:`pending`,priority:`low`,customer:x(`cus-priya`,`Priya Nair`,`@priyacreates`,`creator`,`en-IN`,`IN`),assignee:`Marcus Lee`,group:`Creator Success`,tags:[`creator-fund`],reply_language:`en`,slaIn:null,messages:[{author:`Priya Nair`,direction:`inbound`,ago:2880,language:`en`,text:`Hello! I crossed 10k followers last week. Am I eligible for the creator fund now, or is there a waiting period?`},{author:`Marcus Lee`,direction:`outbound`,ago:2820,language:`en`,text:`Congrats on 10k! Eligibility is reviewed on the 1st of each month. Could you confirm your account is set to a creator profile?`}]},{crmId:1012,subject:`Fatura com NIF errado`,status:`closed`,priority:`normal`,customer:x(`cus-ines`,`Inês Almeida`,null,`seller`,`pt-PT`,`PT`),assignee:b,group:`Billing`,tags:[`fatura`],reply_language:`pt-PT`,slaIn:null,messages:[{author:`Inês Almeida`,direction:`inbound`,ago:8640,language:`pt-PT`,text:`A fatura de abril saiu com o NIF errado. Podem emitir uma nova?`},{author:`Ana Souza`,direction:`outbound`,ago:8520,language:`pt-PT`,text:`Olá, Inês. Já emitimos uma nota de crédito e uma nova fatura com o NIF correto. Seguem em anexo.`}]},{crmId:1013,subject:`礼物特效不显示`,status:`new`,priority:`normal`,customer:x(`cus-zhangwei`,`张伟`,`@zhangwei88`,`viewer`,`zh-CN`,`CN`),assignee:null,group:`Tier 1`,tags:[`礼物`],reply_language:`zh-Hans`,slaIn:900,messages:[{author:`张伟`,direction:`inbound`,ago:25,language:`zh-Hans`,text:`送礼物的时候特效不显示，只有文字提示。手机是 iPhone 13，已经更新到最新版本。`}]}],C=6e4;function w(e){return new Date(e).toISOString().replace(/\.\d{3}Z$/,`Z`)}function ie(e){return S.map(t=>{let n=`demo-${t.crmId}`,r=t.messages.map((r,i)=>({id:`${n}-m${i+1}`,case_id:n,author:r.author,direction:r.direction,body_text:r.text,body_html:r.html??null,language:r.language,created_at:w(e-r.ago*C),delivery:`sent`,attachments:i===0&&r.direction===`inbound`&&t.crmId%2==1?[{id:`${t.crmId}01`,file_name:`screenshot-${t.crmId}.png`,content_type:`image/png`,size:48213,url:null}]:[]})),i=t.messages.map(t=>e-t.ago*C),{crmId:a,slaIn:o,messages:s,custom_fields:c,...l}=t;return{case:{...l,custom_fields:{...c},id:n,source:`demo`,crm_id:String(a),created_at:w(Math.min(...i)),updated_at:w(Math.max(...i)),sla_due_at:o===null?null:w(e+o*C)},messages:r}})}function ae(e,t){let n=ie(e),r=[`new`,`open`,`open`,`pending`,`on-hold`,`solved`,`closed`],i=[b,null,`Marcus Lee`,`Chen Jie`],a=[];for(let o=0;o<t;o++){let t=n[o%n.length],s=`demo-${2e4+o}`,c=60+o*7,l=r[o%r.length];a.push({case:{...t.case,id:s,crm_id:String(2e4+o),subject:`${t.case.subject} #${o+1}`,status:l,assignee:i[o%i.length]??null,updated_at:w(e-c*C),created_at:w(e-(c+120)*C),sla_due_at:l===`new`||l===`open`?w(e+(o%97-30)*30*C):null},messages:t.messages.map((n,r)=>({...n,id:`${s}-m${r+1}`,case_id:s,created_at:w(e-(c+(t.messages.length-r)*20)*C)}))})}return a}function T(e){if(e.kind===`demo`)return;let t=e.url.trim();if(!(t.startsWith(`https://`)||t.startsWith(`http://`))||t.length<10)throw new h(`INVALID_INPUT`,`'${t}' is not a CRM address: it should start with https:// (e.g. https://acme.zendesk.com)`);if(e.user!==null&&e.user.trim()===``)throw new h(`INVALID_INPUT`,`the user name is empty: fill it in, or leave it out to sign in with a token`)}function E(e){return`${e.kind}:${e.url.trim().replace(/\/+$/,``)}:${e.user??`token`}`}function oe(e,t){if(T(e),e.kind===`demo`)return{ok:!0,agent:b,is_admin:!1,problem:null,message:`the built-in demo CRM answers`};let n=e.url.replace(/^https?:\/\//,``).split(`/`)[0]??``;if(/offline|unreachable/.test(n))return{ok:!1,agent:null,is_admin:!1,problem:`offline`,message:`could not reach ${n}: connection refused`};if(t===`wrong`)return{ok:!1,agent:null,is_admin:!1,problem:`auth`,message:`the CRM refused the credentials (401)`};let r=e.user??`Ana Souza`;return{ok:!0,agent:r,is_admin:/admin/i.test(r),problem:null,message:`signed in to ${n}`}}var se=30,ce=8,le=2400,ue=20,de=`Marcus Lee`;function fe(e){return new Date(e).toISOString().replace(/\.\d{3}Z$/,`Z`)}var D=new WeakMap,O=new WeakMap,k=new WeakMap,A=new WeakMap,j=new WeakMap,M=new WeakMap,pe=new WeakMap,N=new WeakMap,P=new WeakMap,me=new WeakMap,F=new WeakMap,he=new WeakMap,ge=new WeakMap,I=new WeakMap,L=new WeakMap,_e=new WeakMap,R=new WeakMap,z=new WeakSet,ve=class{constructor(e,t){r(this,z),f(this,D,void 0),f(this,O,void 0),f(this,k,new Map),f(this,A,!1),f(this,j,!0),f(this,M,!1),f(this,pe,!1),f(this,N,null),f(this,P,!1),f(this,me,void 0),f(this,F,null),f(this,he,[]),f(this,ge,new Set),f(this,I,void 0),f(this,L,void 0),f(this,_e,null),f(this,R,void 0),d(D,this,e),d(O,this,t.connected?{kind:`demo`,url:``,user:null}:null),d(me,this,t.connected?fe(e.now()):null),d(I,this,t.autosyncMs),d(L,this,t.keychainFails),d(R,this,t.syncMs)}get online(){return m(O,this)!==null&&!m(A,this)&&m(j,this)}status(){let{pending:e,needsAttention:t}=m(D,this).outbox.counts(),n={crm:m(O,this)?.kind??null,agent:m(O,this)?m(O,this).user??`Ana Souza`:null,last_sync:m(me,this),pending:e,needs_attention:t,last_error:m(F,this)};return m(O,this)?m(A,this)?{...n,state:`paused`}:m(j,this)?m(P,this)?{...n,state:`connecting`}:m(M,this)||m(N,this)?{...n,state:`syncing`,progress:m(N,this)}:{...n,state:`online`}:{...n,state:`offline`,retry_in_seconds:se}:{...n,state:`not-configured`}}subscribe(e){return m(ge,this).add(e),()=>m(ge,this).delete(e)}emit(){let e=this.status();setTimeout(()=>{for(let t of m(ge,this))t(e)},0)}connection(){return m(O,this)?{...m(O,this)}:null}test(e,t){T(e);let n=t!==null&&t!==``?t:m(k,this).get(E(e))??null;if(n===null&&e.kind!==`demo`)throw new h(`INVALID_INPUT`,`enter the password or API token to test the connection`);return oe(e,n)}save(t,n){if(T(t),t.kind===`demo`)throw new h(`INVALID_INPUT`,`the demo CRM is set up by opening the demo workspace`);if(n!==null&&n!==``){if(m(L,this))throw d(L,this,!1),new h(`KEYCHAIN`,`the OS keychain refused to store the secret (mock)`);m(k,this).set(E(t),n)}else if(!m(k,this).has(E(t)))throw new h(`INVALID_INPUT`,`enter the password or API token`);return e(z,this,ye).call(this,{kind:t.kind,url:t.url.trim(),user:t.user?.trim()||null}),this.status()}connectDemo(){m(O,this)===null&&e(z,this,ye).call(this,{kind:`demo`,url:``,user:null})}forget(){return m(O,this)&&m(k,this).delete(E(m(O,this))),d(O,this,null),d(N,this,null),d(P,this,!1),d(F,this,null),this.emit(),this.status()}setPaused(e){return d(A,this,e),e||this.requestSync(0),this.emit(),this.status()}requestSync(t=m(R,this)){this.online&&m(_e,this)===null&&d(_e,this,setTimeout(()=>{d(_e,this,null),e(z,this,be).call(this)},t))}queued(){m(I,this)>0&&this.requestSync(m(I,this)),this.emit()}simulate(t,n){if(m(O,this)?.kind!==`demo`)throw new h(`INVALID_INPUT`,`only the demo workspace simulates its CRM`);switch(t){case`network-down`:d(j,this,!1),d(F,this,`the CRM cannot be reached: the network is down (simulated)`),this.emit();return;case`network-up`:d(j,this,!0),d(F,this,null),this.emit(),this.requestSync(0);return;case`colleague-edit`:{if(n===null)throw new h(`INVALID_INPUT`,`open a case for the colleague to change`);let t=m(D,this).find(n);m(he,this).push(n=>e(z,this,Ce).call(this,t,n)),this.online&&this.requestSync(0);return}}}};function ye(t){d(O,this,t),d(A,this,!1),d(j,this,!0),d(F,this,null),e(z,this,Se).call(this)}function be(){this.online&&(m(M,this)?d(pe,this,!0):(d(M,this,!0),this.emit(),setTimeout(()=>{if(d(M,this,!1),!this.online){this.emit();return}let t=e(z,this,xe).call(this),n=new Set(m(D,this).cases().map(e=>e.case.group).filter(e=>e!==null)),{changed:r}=m(D,this).outbox.push(n,fe(m(D,this).now()));d(me,this,fe(m(D,this).now())),d(F,this,null),this.emit(),(t||r)&&m(D,this).casesChanged(),m(pe,this)&&(d(pe,this,!1),this.requestSync(0))},m(R,this))))}function xe(){let e=m(he,this).splice(0);for(let t of e)t(m(D,this).now());return e.length>0}function Se(){d(P,this,!0),d(N,this,null),this.emit();let e=0,t=()=>{if(!m(O,this)||!this.online){d(P,this,!1),d(N,this,null),this.emit();return}d(P,this,!1);let n=Math.round(le*e/ce);e>ce?(d(N,this,null),this.emit(),this.requestSync(0)):(d(N,this,{cases_done:n,cases_total:le,eta_seconds:Math.ceil((le-n)/ue)}),this.emit(),e++,setTimeout(t,m(R,this)))};setTimeout(t,m(R,this))}function Ce(e,t){let n=m(D,this).outbox.overlay(e.case),r=(e,...t)=>e.find(e=>!t.includes(e)),i=r([`on-hold`,`pending`,`open`],e.case.status,n.status),a=r([`urgent`,`high`,`normal`],e.case.priority,n.priority),o=fe(Math.max(t,Date.parse(e.case.updated_at)+1e3));e.case={...e.case,status:i,priority:a,updated_at:o},e.messages.push({id:`${e.case.id}-c${e.messages.length+1}`,case_id:e.case.id,author:de,direction:`note`,body_text:`Took a look with the payments team and changed the status and priority.`,body_html:null,language:`en`,created_at:o,delivery:`sent`,attachments:[]})}function we(e,t){let n={...e,tags:[...e.tags]};for(let e of t)switch(e.field){case`status`:n.status=e.to;break;case`priority`:n.priority=e.to;break;case`assignee`:n.assignee=e.to;break;case`group`:n.group=e.to;break;case`tags`:n.tags=n.tags.filter(t=>!e.remove.includes(t));for(let t of e.add)n.tags.includes(t)||n.tags.push(t)}return n}function Te(e,t){let n=[];e.status!==t.status&&n.push({field:`status`,from:e.status,to:t.status}),e.priority!==t.priority&&n.push({field:`priority`,from:e.priority,to:t.priority}),e.assignee!==t.assignee&&n.push({field:`assignee`,from:e.assignee,to:t.assignee}),e.group!==t.group&&n.push({field:`group`,from:e.group,to:t.group});let r=t.tags.filter(t=>!e.tags.includes(t)),i=e.tags.filter(e=>!t.tags.includes(e));return(r.length>0||i.length>0)&&n.push({field:`tags`,add:r,remove:i}),n}function Ee(e,t){return e[t]}function De(e,t){let n=[],r=[];for(let i of e){if(i.field===`tags`){let e=i.add.filter(e=>!t.tags.includes(e)),r=i.remove.filter(e=>t.tags.includes(e));(e.length>0||r.length>0)&&n.push({field:`tags`,add:e,remove:r});continue}let e=Ee(t,i.field);e!==i.to&&(e===i.from?n.push(i):r.push({field:i.field,base:i.from,mine:i.to,theirs:e}))}return{push:n,conflicts:r}}function Oe(e,t,n,r){let i=[];for(let a of e){let e=t.some(e=>e.field===a.field),o=n(a.field);e&&o===`keep-theirs`||(e&&o===`keep-mine`?i.push(ke(a,r)):i.push(a))}return i}function ke(e,t){switch(e.field){case`status`:return{...e,from:t.status};case`priority`:return{...e,from:t.priority};case`assignee`:return{...e,from:t.assignee};case`group`:return{...e,from:t.group};case`tags`:return e}}function Ae(e,t,n){let r=[],i=t.messages.filter(t=>t.created_at>e.updated_at&&t.delivery===`sent`),a=i.filter(e=>e.direction===`inbound`),o=a[a.length-1];if(o){let e=[...o.body_text].slice(0,140).join(``).split(/\s+/).filter(Boolean).join(` `);r.push({kind:`customer-wrote`,count:a.length,latest:e})}let s=i.filter(e=>e.direction!==`inbound`&&e.author!==n),c=s[s.length-1];return c&&r.push({kind:`colleague-wrote`,count:s.length,author:c.author}),t.status!==e.status&&r.push({kind:`status-changed`,from:e.status,to:t.status}),t.assignee!==e.assignee&&r.push({kind:`assignee-changed`,from:e.assignee,to:t.assignee}),r}var B=new WeakMap,je=new WeakMap,V=new WeakMap,H=new WeakSet,Me=class{constructor(e){r(this,H),f(this,B,[]),f(this,je,0),f(this,V,void 0),d(V,this,e)}clear(){d(B,this,[])}queueMessage(t,n){m(B,this).push({...e(H,this,Ne).call(this,t.case_id,n?`note`:`reply`,t.created_at),message_id:t.id})}queueFields(t,n,r){n.length>0&&m(B,this).push({...e(H,this,Ne).call(this,t,`fields`,r),changes:n})}pendingFields(e){let t=m(B,this).filter(t=>t.case_id===e&&t.kind===`fields`&&t.state!==`rejected`);return{changes:t.flatMap(e=>e.changes),conflicts:t.flatMap(e=>e.conflicts)}}overlay(e){return m(B,this).some(t=>t.case_id===e.id&&t.kind===`fields`)?we(e,this.pendingFields(e.id).changes):e}countFor(e){return m(B,this).filter(t=>t.case_id===e).length}caseIds(){return new Set(m(B,this).map(e=>e.case_id))}counts(){let e=m(B,this).filter(e=>e.state===`rejected`||e.state===`conflict`).length;return{pending:m(B,this).length-e,needsAttention:e}}list(){return m(B,this).map(e=>{let t=m(V,this).call(this,e.case_id),n=e.message_id?t.messages.find(t=>t.id===e.message_id):void 0;return{id:e.id,case_id:e.case_id,message_id:e.message_id,kind:e.kind,state:e.state,attempts:e.attempts,last_error:e.last_error,created_at:e.created_at,case_subject:t.case.subject,text:n?.body_text??null,changes:e.changes.map(e=>({...e})),conflicts:e.conflicts.map(e=>({...e}))}})}retry(t){let n=e(H,this,Pe).call(this,t);if(n.state===`conflict`)throw new h(`INVALID_INPUT`,`outbox item ${t} is in conflict: choose the values first`);n.state=`pending`,n.last_error=null}discard(t){let n=e(H,this,Pe).call(this,t);if(d(B,this,m(B,this).filter(e=>e!==n)),!n.message_id)return null;let r=m(V,this).call(this,n.case_id),i=r.messages.find(e=>e.id===n.message_id);return r.messages=r.messages.filter(e=>e.id!==n.message_id),i?.body_text??null}resolve(t,n){let r=e(H,this,Pe).call(this,t);if(r.kind!==`fields`)throw new h(`NOT_FOUND`,`no field change with id ${t} in the outbox`);if(r.state!==`conflict`)throw new h(`INVALID_INPUT`,`outbox item ${t} is ${r.state}, not in conflict`);for(let e of r.conflicts)if(!n.some(t=>t.field===e.field))throw new h(`INVALID_INPUT`,`choose a value for ${e.field} (yours or the CRM's)`);let i=m(V,this).call(this,r.case_id).case,a=Oe(r.changes,r.conflicts,e=>n.find(t=>t.field===e)?.choice,i);a.length===0?d(B,this,m(B,this).filter(e=>e!==r)):Object.assign(r,{changes:a,conflicts:[],state:`pending`,last_error:null})}push(t,n){let r=!1,i=new Set;for(let a of[...m(B,this)]){if(a.state===`conflict`&&i.add(a.case_id),a.state===`rejected`||i.has(a.case_id))continue;let o=m(V,this).call(this,a.case_id);if(a.attempts++,a.kind!==`fields`){let t=o.messages.find(e=>e.id===a.message_id);t&&(t.delivery=`sent`),e(H,this,Fe).call(this,a),r=!0;continue}let s=a.changes.find(e=>e.field===`group`&&e.to!==null&&!t.has(e.to));if(s&&s.field===`group`){a.state=`rejected`,a.last_error=`the CRM refused the change: there is no group '${s.to}'`;continue}let{push:c,conflicts:l}=De(a.changes,o.case);if(c.length>0&&(o.case={...we(o.case,c),updated_at:n},r=!0),l.length===0){e(H,this,Fe).call(this,a);continue}let u=l.map(e=>e.field);a.state=`conflict`,a.changes=a.changes.filter(e=>u.includes(e.field)),a.conflicts=l,a.last_error=`changed in the CRM too: ${u.join(`, `)}`,i.add(a.case_id),r=!0}return{changed:r}}};function Ne(e,t,n){var r;return{id:`mock-outbox-${d(je,this,(r=m(je,this),++r))}`,case_id:e,kind:t,state:`pending`,attempts:0,last_error:null,created_at:n,message_id:null,changes:[],conflicts:[]}}function Pe(e){let t=m(B,this).find(t=>t.id===e);if(!t)throw new h(`NOT_FOUND`,`no outbox item with id ${e}`);return t}function Fe(e){d(B,this,m(B,this).filter(t=>t!==e))}function Ie(e,t){if(!e)return null;let[n=``,r=``]=e.replace(/_/g,`-`).split(`-`);switch(n.toLowerCase()){case`en`:return`en`;case`pt`:return(r||t||``).toUpperCase()===`PT`?`pt-PT`:`pt-BR`;case`zh`:{let e=r.toUpperCase();return e===`TW`||e===`HK`||e===`MO`||e===`HANT`?`zh-Hant`:`zh-Hans`}default:return null}}var Le=/[\u3400-\u9fff\uf900-\ufaff]/gu,Re=/[們這請為個東時過還會來說對點發後從與將實體號當]/gu,ze=/[们这请为个东时过还会来说对点发后从与将实体号当]/gu,Be=RegExp(`(?<!\\p{L})(você|voce|não|nao|obrigad[oa]|olá|ola|pedido|reembolso|seu|sua|para|está|esta|muito|conta|prezad[oa]|atenciosamente|os|de|do|da|que|em|com|um|uma|obrigad[oa]s?)(?!\\p{L})`,`giu`),Ve=RegExp(`(?<!\\p{L})(the|and|you|your|thanks|thank|please|we|is|are|for|with|to|of|it|this|that|have|hi|dear|regards)(?!\\p{L})`,`giu`);function U(e,t){return e.match(t)?.length??0}function He(e,t){let n=e.split(/\s+/).filter(Boolean).length,r=U(e,Le);if(n<4&&r<6)return null;let i;if(r>=6&&r*3>=U(e,/[a-z]/giu))i=U(e,Re)>U(e,ze)?`zh-Hant`:`zh-Hans`;else{let t=U(e,Be),n=U(e,Ve);if(t===0&&n===0)return null;i=t>n?`pt-BR`:`en`}return i.slice(0,2)===t.slice(0,2)&&(i.slice(0,2)!==`zh`||i===t)?null:i}var W=[`en`,`pt-BR`,`pt-PT`,`zh-Hans`,`zh-Hant`],Ue={en:[`en`],"pt-BR":[`pt-BR`,`pt-PT`,`en`],"pt-PT":[`pt-PT`,`pt-BR`,`en`],"zh-Hans":[`zh-Hans`,`zh-Hant`,`en`],"zh-Hant":[`zh-Hant`,`zh-Hans`,`en`]},We=new Set([`greeting`,`closing`,`signature`]),G={"refund-approved":{category:`refunds`,status:`solved`,tags:[`refund`]},"escalation-acknowledged":{category:`escalation`,status:`on-hold`,tags:[`escalation`]},"payout-delayed":{category:`creator-earnings`,status:`on-hold`,tags:[`payout`,`diamonds`]},"info-request-more":{category:`general`,status:`pending`,tags:[`info-request`]}},Ge=`team-welcome-back =
    { greeting }

    Welcome back! Your case { $case_ref } is open again and the team { $team } has it.

    { closing }
    .title = Team: welcome back
`,Ke={en:`
greeting =
    { $formality ->
        [formal] { $customer_gender ->
            [female] Dear Ms. { $customer_surname },
            [male] Dear Mr. { $customer_surname },
           *[other] Dear { $customer_name },
        }
       *[other] Hi { $customer_first_name },
    }

closing =
    Thanks for reaching out, and have a great day!

signature =
    Best regards,
    { $agent_name }
    Customer Support

refund-approved =
    { greeting }

    Good news: your refund of { $amount } for order { $order_id } has been approved. The money will go back to your original payment method, and you should see it { $days ->
        [0] later today
        [one] within { $days } business day
       *[other] within { $days } business days
    }, depending on your bank. You’ll also get a notification as soon as the refund has been sent.

    { closing }
    .title = Refund approved

escalation-acknowledged =
    { greeting }

    Thank you for your patience. Your case needs a closer look, so we’ve passed this to the specialist team { $team }, reference { $case_ref }. They’ll review it and get back to you { $days ->
        [0] by the end of today
        [one] within { $days } business day
       *[other] within { $days } business days
    }. There’s nothing you need to do in the meantime, but if you write to us again, please mention the reference so we can find your case quickly.

    { closing }
    .title = Escalated to specialist team

payout-delayed =
    { greeting }

    Thank you for your patience with your diamond payout of { $amount }, requested on { $date }. Payouts are taking a little longer than usual to process right now, and I’m sorry for the wait. Your request is already in the queue and there’s nothing you need to do: you should receive the funds { $days ->
        [0] by the end of today
        [one] within { $days } business day
       *[other] within { $days } business days
    }.

    { closing }
    .title = Diamond payout delayed

info-request-more =
    { greeting }

    To look into this properly, I need a few more details: the username of the account involved, a short description of what happened and roughly when, and any order or transaction number related to the issue. As soon as I have these, I’ll pick up your case { $case_ref } again straight away.

    { closing }
    .title = Request more information
`,"pt-BR":`
greeting =
    { $formality ->
        [formal] { $customer_gender ->
            [female] Prezada { $customer_name },
            [male] Prezado { $customer_name },
           *[other] Olá, { $customer_name }!
        }
       *[other] Olá, { $customer_first_name }!
    }

closing =
    { $agent_gender ->
        [female] Obrigada
       *[other] Obrigado
    } pelo contato!

signature =
    Atenciosamente,
    { $agent_name }
    Equipe de Atendimento

refund-approved =
    { greeting }

    Boa notícia: o reembolso de { $amount } do pedido { $order_id } foi aprovado. O valor será devolvido para a forma de pagamento original e deve aparecer { $days ->
        [0] ainda hoje
        [one] em até { $days } dia útil
       *[other] em até { $days } dias úteis
    }, dependendo do seu banco. Você também vai receber uma notificação assim que o reembolso for enviado.

    { closing }
    .title = Reembolso aprovado

escalation-acknowledged =
    { greeting }

    Agradecemos sua paciência. Seu caso precisa de uma análise mais detalhada, por isso o encaminhamos para a equipe especializada { $team }, com a referência { $case_ref }. A equipe vai analisar tudo e dar um retorno { $days ->
        [0] ainda hoje
        [one] em até { $days } dia útil
       *[other] em até { $days } dias úteis
    }. Você não precisa fazer nada por enquanto, mas, se escrever para nós de novo, mencione a referência para localizarmos o seu caso mais rápido.

    { closing }
    .title = Caso encaminhado à equipe especializada

payout-delayed =
    { greeting }

    Agradecemos sua paciência com o saque de { $amount } referente aos seus diamantes, solicitado em { $date }. No momento, os pagamentos estão levando um pouco mais de tempo do que o normal para serem processados, e pedimos desculpas pela espera. Sua solicitação já está na fila e você não precisa fazer nada: o valor deve cair na sua conta { $days ->
        [0] ainda hoje
        [one] em até { $days } dia útil
       *[other] em até { $days } dias úteis
    }.

    { closing }
    .title = Atraso no saque de diamantes

info-request-more =
    { greeting }

    Para analisar a sua solicitação com cuidado, preciso de mais alguns detalhes: o nome de usuário da conta envolvida, uma breve descrição do que aconteceu e quando, e o número do pedido ou da transação relacionado ao problema, se houver. Assim que receber essas informações, retomo o seu caso { $case_ref } imediatamente.

    { closing }
    .title = Solicitar mais informações
`,"pt-PT":`
greeting =
    { $formality ->
        [informal] Olá { $customer_first_name },
       *[other] { $customer_gender ->
            [female] Cara { $customer_name },
            [male] Caro { $customer_name },
           *[other] Olá { $customer_name },
        }
    }

closing =
    { $agent_gender ->
        [female] Obrigada
       *[other] Obrigado
    } pelo seu contacto.

signature =
    Com os melhores cumprimentos,
    { $agent_name }
    Equipa de Apoio ao Cliente

refund-approved =
    { greeting }

    Boas notícias: o reembolso de { $amount } referente à encomenda { $order_id } foi aprovado. O valor será devolvido para o método de pagamento original e deverá ficar visível { $days ->
        [0] ainda hoje
        [one] no prazo de { $days } dia útil
       *[other] no prazo de { $days } dias úteis
    }, consoante o seu banco. Receberá também uma notificação assim que o reembolso for enviado.

    { closing }
    .title = Reembolso aprovado

escalation-acknowledged =
    { greeting }

    Agradecemos a sua paciência. O seu caso precisa de uma análise mais aprofundada, por isso encaminhámo-lo para a equipa especializada { $team }, com a referência { $case_ref }. A equipa irá analisá-lo e dar-lhe uma resposta { $days ->
        [0] ainda hoje
        [one] no prazo de { $days } dia útil
       *[other] no prazo de { $days } dias úteis
    }. Entretanto, não precisa de fazer nada, mas, se nos voltar a escrever, indique a referência para encontrarmos o seu caso mais depressa.

    { closing }
    .title = Caso encaminhado para a equipa especializada

payout-delayed =
    { greeting }

    Agradecemos a sua paciência relativamente ao pagamento de { $amount } dos seus diamantes, pedido no dia { $date }. Neste momento, os pagamentos estão a demorar um pouco mais do que o habitual a ser processados, e pedimos desculpa pela espera. O seu pedido já está na fila e não precisa de fazer nada: deverá receber o valor { $days ->
        [0] ainda hoje
        [one] no prazo de { $days } dia útil
       *[other] no prazo de { $days } dias úteis
    }.

    { closing }
    .title = Atraso no pagamento de diamantes
`,"zh-Hans":`
greeting =
    { $formality ->
        [informal] { $customer_first_name }，您好！
       *[other] { $customer_gender ->
            [female] { $customer_surname }女士，您好！
            [male] { $customer_surname }先生，您好！
           *[other] 您好！
        }
    }

closing =
    如有其他问题，欢迎随时联系我们。祝您生活愉快！

signature =
    客服专员 { $agent_name }
    客户服务中心

refund-approved =
    { greeting }

    好消息！您订单{ $order_id }的退款{ $amount }已审核通过。款项将原路退回，预计{ $days ->
        [0] 今天之内
       *[other] { $days }个工作日内
    }到账，具体时间以银行处理为准。退款发出后，您还会收到一条通知。

    { closing }
    .title = 退款已通过

escalation-acknowledged =
    { greeting }

    感谢您的耐心等待。您的问题需要进一步核查，我们已将其转交至专项团队{ $team }处理，案件编号为{ $case_ref }。该团队将进行审核，并于{ $days ->
        [0] 今天之内
       *[other] { $days }个工作日内
    }回复您。在此期间您无需进行任何操作；如您再次联系我们，请提供案件编号，以便我们快速查找您的案件。

    { closing }
    .title = 已转交专项团队

payout-delayed =
    { greeting }

    感谢您的耐心等待。您于{ $date }申请的钻石提现（金额：{ $amount }）目前处理时间比平时稍长，非常抱歉给您带来不便。您的申请已在处理队列中，无需进行任何操作，款项预计将于{ $days ->
        [0] 今天之内
       *[other] { $days }个工作日内
    }到账。

    { closing }
    .title = 钻石提现延迟
`,"zh-Hant":`
greeting =
    { $formality ->
        [informal] { $customer_first_name }，您好！
       *[other] { $customer_gender ->
            [female] { $customer_surname }小姐，您好！
            [male] { $customer_surname }先生，您好！
           *[other] 您好！
        }
    }

closing =
    如有任何問題，歡迎隨時與我們聯繫，祝您有美好的一天！

signature =
    客服專員 { $agent_name } 敬上

refund-approved =
    { greeting }

    好消息！您訂單{ $order_id }的退款{ $amount }已核准。款項將退回您的原付款方式，預計{ $days ->
        [0] 今天內
       *[other] { $days }個工作天內
    }入帳，實際時間依銀行作業而定。退款送出後，您也會收到一則通知。

    { closing }
    .title = 退款已核准

escalation-acknowledged =
    { greeting }

    感謝您耐心等候。您的問題需要進一步確認，我們已將此案轉交給專責團隊{ $team }處理，案件編號為{ $case_ref }。該團隊會進行審查，並於{ $days ->
        [0] 今天內
       *[other] { $days }個工作天內
    }回覆您。在此期間您不需要進行任何操作；若您再次聯繫我們，請提供案件編號，以便我們快速找到您的案件。

    { closing }
    .title = 已轉交專責團隊

payout-delayed =
    { greeting }

    感謝您耐心等候。您於{ $date }申請的鑽石提領（金額：{ $amount }）目前處理時間比平常稍長，非常抱歉造成您的不便。您的申請已在處理佇列中，不需要進行任何操作，款項預計於{ $days ->
        [0] 今天內
       *[other] { $days }個工作天內
    }入帳。

    { closing }
    .title = 鑽石提領延遲
`};function qe(e,t,n){if(Array.isArray(e)){for(let r of e)qe(r,t,n);return}if(!e||typeof e!=`object`)return;let r=e;r.type===`var`&&typeof r.name==`string`&&!t.includes(r.name)&&t.push(r.name),r.type===`mesg`&&typeof r.name==`string`&&!n.includes(r.name)&&n.push(r.name);for(let e of Object.values(r))qe(e,t,n)}function Je(e){return/^-?(0|[1-9]\d{0,14})(\.\d+)?$/.test(e)}function Ye(e){let n={};for(let[r,i]of Object.entries(e))i!==void 0&&(n[r]=Je(i)?new t(Number(i),{useGrouping:!1,maximumFractionDigits:20}):i);return n}var K=new WeakMap,q=new WeakMap,J=new WeakMap,Y=new WeakSet,Xe=class{constructor(){r(this,Y),f(this,K,void 0),f(this,q,void 0),f(this,J,void 0),d(K,this,new Map),d(q,this,new Map),d(J,this,new Map),this.packDir=null,this.problems=[],e(Y,this,Ze).call(this)}setPackDir(t){let n=t?.trim()??``;if(t!==null&&!/^(\/|~|[A-Za-z]:[\\/])/.test(n))throw new h(`INVALID_INPUT`,`'${t}' is not a folder`);this.packDir=t===null?null:n,this.problems=this.packDir!==null&&this.packDir.includes(`broken`)?[{file:`billing.ftl`,line:12,message:`expected a message body after "refund-partial ="`}]:[],e(Y,this,Ze).call(this)}status(){return{dir:this.packDir,problems:this.problems.map(e=>({...e})),macro_count:this.ids().length}}ids(){let e=new Set;for(let t of m(q,this).values())for(let n of t)for(let t of n.body)!t.id.startsWith(`-`)&&!We.has(t.id)&&e.add(t.id);return[...e].sort()}locales(e){return W.filter(t=>m(K,this).get(t)?.hasMessage(e))}variables(e){let t=this.locales(e).includes(`en`)?`en`:this.locales(e)[0],n=t?m(K,this).get(t):void 0,r=[],i=new Set,a=e=>{if(i.has(e))return;i.add(e);let t=n?.getMessage(e);if(!t)return;let o=[];qe(t.value,r,o);for(let e of o)a(e)};return a(e),r}title(e,t){for(let n of Ue[t]){let t=m(K,this).get(n),r=t?.getMessage(e)?.attributes.title;if(t&&r)return t.formatPattern(r)}return e}list(e){return this.ids().map(t=>({id:t,title:this.title(t,e),category:G[t]?.category??null,status:G[t]?.status??null,tags:G[t]?.tags??[],locales:this.locales(t),variables:this.variables(t),origin:m(J,this).get(t)??`built-in`}))}render(t,n,r){if(We.has(t))throw new h(`INVALID_INPUT`,`there is no macro '${t}' in the library`);let i=Ue[n].find(e=>m(K,this).get(e)?.hasMessage(t));if(!i)throw new h(`INVALID_INPUT`,`there is no macro '${t}' in the library`);return{macro_id:t,text:e(Y,this,Qe).call(this,i,t,r),requested:n,used:i,fallback:i===n?null:`'${t}' has no ${n} variant; this text is in ${i}. Check forms of address and vocabulary before sending.`}}signature(t,n){let r=Ue[t].find(e=>m(K,this).get(e)?.hasMessage(`signature`))??`en`;return e(Y,this,Qe).call(this,r,`signature`,n)}};function Ze(){m(K,this).clear(),m(q,this).clear(),m(J,this).clear();for(let e of W){let t=new l(e,{useIsolating:!1}),n=[new c(Ke[e])];this.packDir!==null&&e===`en`&&n.push(new c(Ge));for(let e of n)t.addResource(e);m(K,this).set(e,t),m(q,this).set(e,n)}let e=this.packDir?.split(/[\\/]/).filter(Boolean).pop()??`team`;for(let t of this.ids())m(J,this).set(t,G[t]?`built-in`:e)}function Qe(e,t,n){let r=m(K,this).get(e),i=r.getMessage(t)?.value;if(!i)throw new h(`TEMPLATE`,`macro '${t}' (${e}) has no text`);let a=[],o=r.formatPattern(i,Ye(n),a);if(a.length>0){let n=new Set,r=new Set;for(let e of a){let t=/^Unknown variable: (\$[\w-]+)$/.exec(e.message);t?n.add(t[1]):r.add(e.message)}let i=n.size>0?[`missing variable ${[...n].sort().join(`, `)}`]:[];throw i.push(...[...r].sort()),new h(`TEMPLATE`,`macro '${t}' (${e}) cannot be rendered: ${i.join(`; `)}`)}if(o.includes(`{$`))throw new h(`TEMPLATE`,`macro '${t}' (${e}) rendered with a placeholder left in it`);return o}var $e=[`BRL`,`EUR`,`CNY`,`TWD`,`USD`,`GBP`],et=[`female`,`male`,`unknown`],tt=2e3;function X(e,t){throw new h(e,t)}function Z(e){return W.find(t=>t===e)??X(`INVALID_INPUT`,`unknown reply language '${e}'`)}function nt(e){let{reply:t,find:n,replyChoices:r}=e,i=new Map,a=new Xe;function o(t){let n=t.case,i=r.get(n.id),a=Ie(n.customer.locale,n.customer.country),o=i?{language:i,source:`agent`}:a?{language:a,source:`customer-locale`}:{language:n.reply_language,source:`current`},s=n.customer.name.trim(),c=/^[\p{Script=Han}·]{2,}$/u.test(s),l=s.split(/\s+/),u={customer_name:s,customer_first_name:c?s.slice(1):l[0]??s,customer_surname:c?s.slice(0,1):l[l.length-1]??s,customer_gender:`unknown`,formality:`formal`,case_ref:n.crm_id,agent_name:b,agent_gender:e.agentGender},d=t.messages.filter(e=>e.direction===`inbound`).map(e=>RegExp(`(?<!\\d)\\d{10,16}(?!\\d)`,``).exec(e.body_text)?.[0]).find(e=>e!==void 0);return d&&(u.order_id=d),n.group&&(u.team=n.group),{suggestion:o,args:u}}function s(){return W.map(e=>{let t=i.get(e)??null;return{language:e,custom:t,effective:t??a.signature(e,{agent_name:`Ana Souza`})}})}return{list_macros:({lang:e})=>t(()=>a.list(Z(e))),get_reply_context:({caseId:e})=>t(()=>o(n(e))),set_reply_language:({caseId:e,lang:i})=>t(()=>{let t=n(e);return r.set(e,Z(i)),o(t)}),render_reply:({macroId:e,lang:n,args:r})=>t(()=>a.render(e,Z(n),r)),reply_signature:({lang:e,args:n})=>t(()=>{let t=Z(e);return i.get(t)??a.signature(t,n)}),list_signatures:()=>t(s),set_signature:({lang:e,text:n})=>t(()=>{let t=Z(e),r=n.trim();return[...r].length>tt&&X(`INVALID_INPUT`,`a signature is at most ${tt} characters`),r===``?i.delete(t):i.set(t,r),s()}),check_draft_language:({text:e,lang:n})=>t(()=>He(e,Z(n))),set_agent_gender:({gender:n})=>t(()=>{et.includes(n)||X(`INVALID_INPUT`,`'${n}' is not female, male or unknown`),e.agentGender=n}),macro_pack_status:()=>t(()=>a.status()),set_macro_pack_dir:({dir:e})=>t(()=>(a.setPackDir(e),a.status())),format_money:({amount:e,currency:n,lang:r})=>t(()=>{let t=Z(r);/^\d{1,15}(\.\d+)?$/.test(e.trim())||X(`INVALID_INPUT`,`'${e}' is not an amount (write it like 1234.50)`);let i=n.trim().toUpperCase();return $e.includes(i)||X(`INVALID_INPUT`,`currency '${n}' is not one Polydesk formats`),new Intl.NumberFormat(t,{style:`currency`,currency:i}).format(Number(e.trim()))}),format_date:({date:e,lang:n})=>t(()=>{let t=Z(n),r=/^(\d{4})-(\d{2})-(\d{2})$/.exec(e),i=r?Date.UTC(Number(r[1]),Number(r[2])-1,Number(r[3])):NaN;return(!r||Number.isNaN(i)||new Date(i).getUTCDate()!==Number(r[3]))&&X(`INVALID_INPUT`,`'${e}' is not a date (write it as YYYY-MM-DD)`),new Intl.DateTimeFormat(t,{dateStyle:`long`,timeZone:`UTC`}).format(i)}),onMacrosChanged:()=>Promise.resolve(()=>void 0)}}function rt(e){return e.normalize(`NFD`).replace(/\p{M}/gu,``).toLowerCase()}function it(e,t,n){let r=Math.max(0,t-40),i=Math.min(e.length,t+n+60),a=e.slice(r,i).replace(/\s+/g,` `).trim();return`${r>0?`…`:``}${a}${i<e.length?`…`:``}`}function at(e,t){if(!rt(e).includes(t))return-1;let n=``,r=[];for(let t=0;t<e.length;t++)r.push(n.length),n+=rt(e[t]);let i=n.indexOf(t);if(i<0)return-1;let a=r.findIndex((e,t)=>e<=i&&(r[t+1]??1/0)>i);return a<0?0:a}function ot(e,t,n){let r=rt(t),i=[];for(let n of e){at(n.case.subject,r)>=0&&i.push({case_id:n.case.id,message_id:null,subject:n.case.subject,snippet:n.case.subject,created_at:n.case.created_at});for(let e of n.messages){let a=at(e.body_text,r);a>=0&&i.push({case_id:n.case.id,message_id:e.id,subject:n.case.subject,snippet:it(e.body_text,a,t.length),created_at:e.created_at})}}return i.sort((e,t)=>t.created_at.localeCompare(e.created_at)),i.slice(0,Math.max(1,Math.min(n,500)))}var st=[`Tier 1`,`Tier 2`,`Payments`,`Payouts`,`Trust & Safety`,`Commerce`,`Billing`,`Creator Success`],ct=`escalated`;function lt(e){return new Date(e).toISOString().replace(/\.\d{3}Z$/,`Z`)}function ut(e){let t=[];for(let n of e){let e=n.trim().toLowerCase();if(e!==``){if(/\s/.test(e))throw new h(`INVALID_INPUT`,`tag '${n}' has spaces in it: use hyphens (e.g. order-dispute)`);t.includes(e)||t.push(e)}}return t}var dt=e=>e.trim()===``?null:e.trim();function ft(e){let{reply:t,find:n,outbox:r,crm:i}=e,a=e=>r.overlay(e.case);function o(){i.queued()}return{update_case:({caseId:i,edit:s})=>t(()=>{let t=n(i),c=a(t),l={...c,tags:[...c.tags]};s.status!==void 0&&(l.status=s.status),s.priority!==void 0&&(l.priority=s.priority),s.assignee!==void 0&&(l.assignee=dt(s.assignee)),s.group!==void 0&&(l.group=dt(s.group));let u=ut(s.remove_tags);l.tags=l.tags.filter(e=>!u.includes(e));for(let e of ut(s.add_tags))l.tags.includes(e)||l.tags.push(e);let d=Te(c,l);return d.length>0&&(r.queueFields(i,d,lt(e.now())),o()),e.detail(i)}),escalate_case:({escalation:i})=>t(()=>{let t=dt(i.group);if(t===null)throw new h(`INVALID_INPUT`,`choose the team to escalate to`);let s=i.reason.trim();if(s===``)throw new h(`INVALID_INPUT`,`say why the case is escalated: the next team reads it first`);let c=n(i.case_id),l=a(c),u=l.tags.includes(ct)?l.tags:[...l.tags,ct],d={...l,group:t,tags:u,priority:i.priority??l.priority};return r.queueFields(c.case.id,Te(l,d),lt(e.now())),e.queueNote(c.case.id,`Escalated to ${t}: ${s}`),o(),e.detail(c.case.id)}),list_case_choices:()=>t(()=>{let t=new Set(st),n=new Set([b]);for(let r of e.cases())r.case.group&&t.add(r.case.group),r.case.assignee&&n.add(r.case.assignee);let r=e=>[...e].sort((e,t)=>e.localeCompare(t));return{groups:r(t),assignees:r(n)}}),list_outbox:()=>t(()=>r.list()),retry_outbox_item:({id:e})=>t(()=>{r.retry(e),i.emit(),i.requestSync()}),discard_outbox_item:({id:e})=>t(()=>{let t=r.discard(e);return i.emit(),t}),resolve_conflict:({id:e,choices:n})=>t(()=>{r.resolve(e,n),i.emit(),i.requestSync()}),get_sync_status:()=>t(()=>i.status()),sync_now:()=>t(()=>i.requestSync(0)),set_sync_paused:({paused:e})=>t(()=>i.setPaused(e)),get_connection:()=>t(()=>i.connection()),test_connection:({settings:e,secret:n})=>t(()=>i.test(e,n)),save_connection:({settings:e,secret:n})=>t(()=>i.save(e,n)),forget_connection:()=>t(()=>i.forget()),demo_simulate:({action:e,caseId:n})=>t(()=>i.simulate(e,n)),onSyncStatus:e=>Promise.resolve(i.subscribe(e)),onCasesChanged:t=>(e.casesListeners.add(t),Promise.resolve(()=>void e.casesListeners.delete(t)))}}var pt=[`all`,`mine`,`unassigned`,`due-soon`,`pending`,`solved`],mt=864e5;function ht(e,t,n){let r=t.status,i=r===`new`||r===`open`||r===`pending`||r===`on-hold`;switch(e){case`all`:return!0;case`mine`:return t.assignee===`Ana Souza`&&i;case`unassigned`:return t.assignee===null&&i;case`due-soon`:return(r===`new`||r===`open`)&&t.sla_due_at!==null&&Date.parse(t.sla_due_at)<=n;case`pending`:return r===`pending`;case`solved`:return r===`solved`||r===`closed`}}function gt(e,t){let n=t+mt;return pt.map(t=>({slug:t,count:e.filter(e=>ht(t,e,n)).length}))}function _t(e,t,n){let r=n+mt,i=e.filter(e=>ht(t,e,r));if(t===`mine`||t===`unassigned`||t===`due-soon`){let e=e=>e.sla_due_at===null?1/0:Date.parse(e.sla_due_at);return i.sort((t,n)=>e(t)-e(n)||n.updated_at.localeCompare(t.updated_at))}return i.sort((e,t)=>t.updated_at.localeCompare(e.updated_at))}var vt=[`INVALID_INPUT`,`NOT_FOUND`,`CACHE_CORRUPT`,`CACHE_LOCKED`,`CACHE_TOO_NEW`,`STORAGE`,`KEYCHAIN`],yt=`polydesk.mock.ui-language`;function bt(){return{get:e=>{try{return globalThis.localStorage?.getItem(e)??null}catch{return null}},set:(e,t)=>{try{globalThis.localStorage?.setItem(e,t)}catch{}}}}function xt(e){return new Date(e).toISOString().replace(/\.\d{3}Z$/,`Z`)}function St(e={}){let t=new URLSearchParams(e.search??``),n=e.now??(()=>Date.now()),r=e.storage??bt(),i=vt.find(e=>e===t.get(`mock-error`))??null,a=i===`KEYCHAIN`?null:i,o=Math.max(0,Number(t.get(`mock-delay`)??4)||0),c=Math.min(1e6,Math.max(0,Math.floor(Number(t.get(`mock-cases`)??0)||0))),l=t.get(`mock-empty`)===`1`,u=[],d=null,f=new Map,p=0,m=0,te=r.get(yt),ne=ee.find(e=>e===te)??s(e.locale??(typeof navigator>`u`?`en`:navigator.language));function g(){let e=n();u=[...ie(e),...ae(e,c)],d=`demo`}l||g();function _(e){return new Promise((t,n)=>{setTimeout(()=>{try{t(e())}catch(e){n(h.from(e))}},o)})}function v(e,t){throw new h(e,t)}function y(e){return u.find(t=>t.case.id===e)??v(`NOT_FOUND`,`no case '${e}'`)}let x={reply:_,find:y,replyChoices:new Map,agentGender:`female`},S=new Me(y),C=new Set,w=new ve({now:n,cases:()=>u,find:y,outbox:S,casesChanged:()=>setTimeout(()=>C.forEach(e=>e()),0)},{connected:!l&&t.get(`mock-connection`)!==`none`,autosyncMs:Math.max(0,Number(t.get(`mock-autosync`)??0)||0),keychainFails:i===`KEYCHAIN`,syncMs:e.syncMs??250});function T(){let e=u.length===0?45056:180224+u.length*9100;return{case_count:u.length,cache_bytes:BigInt(e),last_sync:d,agent_name:b,ui_language:ne,agent_gender:x.agentGender}}function E(){let e=S.caseIds();return u.map(t=>e.has(t.case.id)?S.overlay(t.case):t.case)}function oe(e){return{id:e.id,subject:e.subject,status:e.status,priority:e.priority,reply_language:x.replyChoices.get(e.id)??e.reply_language,customer:{id:e.customer.id,name:e.customer.name},assignee:e.assignee,group:e.group,updated_at:e.updated_at,sla_due_at:e.sla_due_at,has_draft:f.has(e.id),pending:S.countFor(e.id)}}function se(e){let t=y(e),{changes:n,conflicts:r}=S.pendingFields(e);return{...S.overlay(t.case),custom_fields:{...t.case.custom_fields},reply_language:x.replyChoices.get(e)??t.case.reply_language,messages:t.messages.map(e=>({...e})),draft:f.get(e)??null,pending:S.countFor(e),pending_changes:n,conflicts:r}}function ce(e,t,r,i,a=[]){let o=xt(Math.max(n(),Date.parse(e.case.updated_at)+1e3)),s={id:`${e.case.id}-q${++p}`,case_id:e.case.id,author:b,direction:r?`note`:`outbound`,body_text:t,body_html:null,language:i,created_at:o,delivery:`queued`,attachments:a};return e.messages.push(s),e.case.updated_at=o,S.queueMessage(s,r),s}return{initial_status:()=>null,workspace_status:()=>_(()=>{if(a){let e=a;e!==`CACHE_CORRUPT`&&e!==`CACHE_TOO_NEW`&&(a=null),v(e,`mock: workspace_status failed with ${e}`)}return T()}),open_demo_workspace:()=>_(()=>(u.length===0&&g(),w.connectDemo(),T())),move_cache_aside:()=>_(()=>(a=null,u=[],d=null,f.clear(),S.clear(),T())),list_views:()=>_(()=>gt(E(),n())),list_cases:({view:e,offset:t,limit:r})=>_(()=>{pt.includes(e)||v(`INVALID_INPUT`,`unknown view '${e}'`),(!(r>=1&&r<=500)||t<0)&&v(`INVALID_INPUT`,`limit must be 1..=500`);let i=_t(E(),e,n());return{view:e,total:i.length,offset:t,cases:i.slice(t,t+r).map(oe)}}),get_case:({id:e})=>_(()=>se(e)),search_cases:({query:e,limit:t})=>_(()=>(rt(e.trim())===``&&v(`INVALID_INPUT`,`empty search query`),ot(u,e.trim(),t))),save_draft:({caseId:e,body:t})=>_(()=>{if(y(e),t.trim()===``)return f.delete(e),null;let r={case_id:e,body:t,updated_at:new Date(n()).toISOString()};return f.set(e,r),r}),set_ui_language:({tag:e})=>_(()=>(ee.includes(e)||v(`INVALID_INPUT`,`unknown UI language '${e}'`),ne=e,r.set(yt,e),T())),ui_ready:()=>_(()=>void 0),show_main_window:()=>_(()=>void 0),open_attachment:({caseId:e,messageId:t,attachmentId:n})=>_(()=>{let r=y(e).messages.find(e=>e.id===t)?.attachments.find(e=>e.id===n);return r||v(`NOT_FOUND`,`message ${t} has no attachment ${n}`),`~/.local/share/polydesk/attachments/${n}/${r.file_name}`}),send_reply:({reply:e,seen:t,sendAnyway:n})=>_(()=>{let r=y(e.case_id);e.body.trim()===``&&v(`INVALID_INPUT`,`the reply is empty: write something before sending`);let i=Z(e.language);if(t&&!n){let e=Ae(t,se(r.case.id),b);if(e.length>0)return{outcome:`case-changed`,changes:e}}let a=re(e.files,()=>`local-${++m}`),o=ce(r,e.body.trimEnd(),e.internal,i,a);return f.delete(r.case.id),w.queued(),{outcome:`queued`,message:{...o,attachments:a.map(e=>({...e}))}}}),...nt(x),...ft({reply:_,now:n,cases:()=>u,find:y,detail:se,queueNote:(e,t)=>void ce(y(e),t,!0,null),outbox:S,crm:w,casesListeners:C})}}var Ct;(function(e){e.WINDOW_RESIZED=`tauri://resize`,e.WINDOW_MOVED=`tauri://move`,e.WINDOW_CLOSE_REQUESTED=`tauri://close-requested`,e.WINDOW_DESTROYED=`tauri://destroyed`,e.WINDOW_FOCUS=`tauri://focus`,e.WINDOW_BLUR=`tauri://blur`,e.WINDOW_SCALE_FACTOR_CHANGED=`tauri://scale-change`,e.WINDOW_THEME_CHANGED=`tauri://theme-changed`,e.WINDOW_CREATED=`tauri://window-created`,e.WINDOW_SUSPENDED=`tauri://suspended`,e.WINDOW_RESUMED=`tauri://resumed`,e.WEBVIEW_CREATED=`tauri://webview-created`,e.DRAG_ENTER=`tauri://drag-enter`,e.DRAG_OVER=`tauri://drag-over`,e.DRAG_DROP=`tauri://drag-drop`,e.DRAG_LEAVE=`tauri://drag-leave`})(Ct||={});var wt=St({search:typeof location>`u`?``:location.search});function Tt(e){switch(e.state){case`online`:return e.needs_attention>0?`warn`:`ok`;case`connecting`:case`syncing`:return`busy`;case`not-configured`:case`paused`:return`off`;case`offline`:return`warn`;case`sign-in-required`:case`cannot-start`:return`bad`}}function Et(e){if(e===null||!Number.isFinite(e)||e<0)return null;if(e<60)return{id:`sync-eta-soon`,count:null};let t=Math.ceil(e/60);return t<90?{id:`sync-eta-minutes`,count:t}:{id:`sync-eta-hours`,count:Math.round(t/60)}}function Dt(e){if(e.state!==`syncing`||e.progress===null)return null;let{cases_done:t,cases_total:n,eta_seconds:r}=e.progress;return{done:t,total:n,percent:n!==null&&n>0?Math.min(100,Math.max(0,Math.round(t/n*100))):null,eta:Et(r)}}function Ot(e){return e.state===`online`||e.state===`offline`}function kt(e,t){return e===null||e.pending!==t.pending||e.needs_attention!==t.needs_attention||e.last_sync!==t.last_sync}var At=new WeakMap,jt=new WeakMap,Mt=new WeakMap,Q=new WeakMap,$=new WeakMap,Nt=new class{get status(){return p(m(At,this))}set status(e){n(m(At,this),e,!0)}get casesVersion(){return p(m(jt,this))}set casesVersion(e){n(m(jt,this),e,!0)}get outboxVersion(){return p(m(Mt,this))}set outboxVersion(e){n(m(Mt,this),e,!0)}constructor(){f(this,At,void 0),f(this,jt,void 0),f(this,Mt,void 0),f(this,Q,void 0),f(this,$,void 0),d(At,this,o(null)),d(jt,this,o(0)),d(Mt,this,o(0)),d(Q,this,0),d($,this,null)}start(){var e,t;if(d(Q,this,(e=m(Q,this),t=e++,e)),t===0){let e=!1,t=[],n=(n,r)=>n.then(n=>e?n():t.push(n),e=>console.warn(`${r} listener failed`,e));n(wt.onSyncStatus(e=>this.apply(e)),`sync-status`),n(wt.onCasesChanged(()=>this.casesChanged()),`cases-changed`),this.refresh(),d($,this,()=>{e=!0,t.forEach(e=>e())})}return()=>{var e;d(Q,this,(e=m(Q,this),--e))===0&&(m($,this)?.call(this),d($,this,null))}}apply(e){let t=kt(this.status,e);this.status=e,t&&this.outboxVersion++}async refresh(){try{this.apply(await wt.get_sync_status())}catch(e){console.warn(`get_sync_status failed`,h.from(e).code)}}casesChanged(){this.casesVersion++,this.outboxVersion++}changedHere(){this.casesChanged(),this.refresh()}};export{wt as a,Tt as i,Ot as n,h as o,Dt as r,Nt as t};