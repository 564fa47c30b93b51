# Seeding a throw-away RT over REST2 (as root) and its mail gateway (as the customers):
# agents, multilingual tickets with threads. Sourced by rt-peer.sh (`seed URL`).

SEED_ROOT_PASSWORD=${RT_ROOT_PASSWORD:-password}

rest() { # rest METHOD PATH [JSON] [USER:PASSWORD] : REST2 call, the answer on stdout
  local method=$1 path=$2 body=${3:-} auth=${4:-root:$SEED_ROOT_PASSWORD}
  local args=(-sS --fail-with-body -u "$auth" -X "$method")
  case $body in
    '') ;;
    '{'*|'['*) args+=(-H 'Content-Type: application/json' --data-binary "$body") ;;
    *) args+=(--data-urlencode "$body") ;; # query=TicketSQL
  esac
  curl "${args[@]}" "$SEED_URL/REST/2.0$path" || die "REST2 $method $path failed"
}

# The first `"id"` of a JSON answer (sed reads it all: no SIGPIPE under pipefail).
first_id() { { grep -o '"id" *: *"\{0,1\}[0-9][0-9]*' || true; } | sed -n '1s/.*[^0-9]\([0-9][0-9]*\)$/\1/p'; }

b64w() { printf '=?UTF-8?B?%s?=' "$(printf '%s' "$1" | base64 -w0)"; }

# mail QUEUE FROM_NAME FROM_EMAIL SUBJECT BODY [TICKET] : a customer's mail through the gateway
mail() {
  local queue=$1 name=$2 email=$3 subject=$4 body=$5 ticket=${6:-} msg out
  msg=$(printf 'From: %s <%s>\nTo: support@polydesk.test\nSubject: %s\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\n\n%b\n' \
    "$(b64w "$name")" "$email" "$(b64w "$subject")" "$body")
  local args=(-sS --form-string "queue=$queue" -F action=correspond --form-string "message=$msg")
  [ -n "$ticket" ] && args+=(-F "ticket=$ticket")
  out=$(curl "${args[@]}" "$SEED_URL/REST/1.0/NoAuth/mail-gateway")
  [ "${out%%$'\n'*}" = ok ] || die "mail gateway refused a message from $email: $out"
}

# uri TEXT : TEXT percent-encoded byte by byte (for RFC 2231 file names)
uri() {
  local LC_ALL=C s=$1 out='' c i
  for ((i = 0; i < ${#s}; i++)); do
    c=${s:i:1}
    case $c in [A-Za-z0-9._~-]) out+=$c ;; *) out+=$(printf '%%%02X' "'$c") ;; esac
  done
  printf '%s' "$out"
}

# mail_files QUEUE FROM_NAME FROM_EMAIL SUBJECT BODY TICKET FILE=NAME... : a customer's mail
# with files (multipart/mixed, each file base64 under NAME, RFC 2231-encoded); TICKET may
# be '' for a new ticket
mail_files() {
  local queue=$1 name=$2 email=$3 subject=$4 body=$5 ticket=$6 msg part out spec f type fname
  shift 6
  local boundary="polydesk-seed-$$"
  # printf -v keeps the trailing newlines that $(...) would drop.
  printf -v msg 'From: %s <%s>\nTo: support@polydesk.test\nSubject: %s\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary="%s"\n\n' \
    "$(b64w "$name")" "$email" "$(b64w "$subject")" "$boundary"
  if [ -n "$body" ]; then # an empty BODY: a mail of files alone
    printf -v part -- '--%s\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\n\n%b\n' "$boundary" "$body"
    msg+=$part
  fi
  for spec in "$@"; do
    f=${spec%%=*} fname=${spec#*=}
    case $f in *.png) type=image/png ;; *.pdf) type=application/pdf ;; *) type=application/octet-stream ;; esac
    printf -v part -- "--%s\nContent-Type: %s\nContent-Disposition: attachment; filename*=UTF-8''%s\nContent-Transfer-Encoding: base64\n\n%s\n" \
      "$boundary" "$type" "$(uri "$fname")" "$(base64 -w76 "$f")"
    msg+=$part
  done
  msg+="--$boundary--"
  local args=(-sS --form-string "queue=$queue" -F action=correspond --form-string "message=$msg")
  [ -n "$ticket" ] && args+=(-F "ticket=$ticket")
  out=$(curl "${args[@]}" "$SEED_URL/REST/1.0/NoAuth/mail-gateway")
  [ "${out%%$'\n'*}" = ok ] || die "mail gateway refused a message from $email: $out"
}

# ticket_of EMAIL : the newest ticket requested by EMAIL
ticket_of() {
  local id
  id=$(rest POST "/tickets?orderby=id&order=DESC&per_page=1" \
    "query=Requestor.EmailAddress = '$1'" | first_id)
  [ -n "$id" ] || die "no ticket from $1 after its mail went in"
  echo "$id"
}

reply() { rest POST "/ticket/$1/correspond" "{\"Content\":\"$3\",\"ContentType\":\"text/plain\"}" "$2" >/dev/null; }
note() { rest POST "/ticket/$1/comment" "{\"Content\":\"$3\",\"ContentType\":\"text/plain\"}" "$2" >/dev/null; }
fields() { rest PUT "/ticket/$1" "$2" >/dev/null; }

RITA=rita:rita-secret
MARCO=marco:marco-secret

seed() {
  SEED_URL=${1:?seed URL}
  SEED_URL=${SEED_URL%/}
  local group
  group=$(rest POST /groups '[{"field":"Name","value":"Support agents"}]' | first_id)
  [ -n "$group" ] || die "the 'Support agents' group is missing: was the RT made by 'rt-peer.sh init'?"
  rest POST /user '{"Name":"rita","RealName":"Rita Lin","EmailAddress":"rita@polydesk.test","Password":"rita-secret","Privileged":1,"Lang":"en"}' >/dev/null
  rest POST /user '{"Name":"marco","RealName":"Marco Silva","EmailAddress":"marco@polydesk.test","Password":"marco-secret","Privileged":1,"Lang":"pt_BR"}' >/dev/null
  rest PUT /user/rita/groups "[$group]" >/dev/null
  rest PUT /user/marco/groups "[$group]" >/dev/null

  local t
  # pt-BR: a creator's LIVE gifts, owned by rita, high priority.
  mail 'Tier 1' 'Ana Souza' ana.souza@exemplo.com.br 'Presentes da LIVE não creditados' \
    'Oi, tudo bem? Fiz uma LIVE ontem à noite e os presentes que recebi não foram creditados na minha conta. Vocês podem verificar, por favor? Meu celular é o mesmo do cadastro.'
  t=$(ticket_of ana.souza@exemplo.com.br)
  fields "$t" '{"Owner":"rita","Priority":70,"CustomFields":{"Creator ID":"CR-1001","Customer Kind":"creator","Tags":["live-gifts","vip"]}}'
  reply "$t" "$RITA" 'Olá, Ana! Obrigada pelo contato. Já estamos verificando os presentes da sua LIVE e retornamos em até 24 horas.'
  mail 'Tier 1' 'Ana Souza' ana.souza@exemplo.com.br 'Presentes da LIVE não creditados' \
    'Valeu! Fico no aguardo, a LIVE foi ontem às 21h.' "$t"
  note "$t" "$MARCO" 'Conferi o extrato: os presentes ficaram retidos pela checagem antifraude.'

  # pt-PT: an order refund, owned by marco, stalled.
  mail 'Payments' 'João Ferreira' joao.ferreira@exemplo.pt 'Reembolso da encomenda ainda não recebido' \
    'Bom dia. Devolvi a encomenda há duas semanas e ainda estou à espera do reembolso. Já contactei a transportadora pelo telemóvel e disseram que a devolução foi entregue. Podem verificar, se faz favor?'
  t=$(ticket_of joao.ferreira@exemplo.pt)
  fields "$t" '{"Owner":"marco","Priority":50,"Status":"stalled","CustomFields":{"Order ID":"PT-884213","Customer Kind":"seller"}}'
  reply "$t" "$MARCO" 'Bom dia, João. Estamos a verificar o reembolso junto da equipa de pagamentos.'

  # zh-Hans: LIVE gifts, owned by rita, urgent, open.
  mail 'Tier 2' '王芳' wang.fang@example.cn '直播礼物没有到账' \
    '你好，我昨天晚上直播收到的礼物到现在还没有到账，请帮我查一下。谢谢！'
  t=$(ticket_of wang.fang@example.cn)
  fields "$t" '{"Owner":"rita","Priority":95,"Status":"open","CustomFields":{"Creator ID":"CR-2002","Customer Kind":"creator"}}'
  reply "$t" "$RITA" '王女士您好，我们已经在核查您的直播礼物，会尽快回复您。'
  mail 'Tier 2' '王芳' wang.fang@example.cn '直播礼物没有到账' '好的，谢谢你们。' "$t"

  # zh-Hant: an order refund, unowned, low priority, resolved.
  mail 'Payments' '陳志明' chen.zhiming@example.tw '訂單退款還沒收到' \
    '您好，我的訂單已經退貨兩個星期了，但是退款還沒有收到。請幫我確認一下，謝謝。'
  t=$(ticket_of chen.zhiming@example.tw)
  fields "$t" '{"Priority":10,"CustomFields":{"Order ID":"TW-55120","Customer Kind":"viewer"}}'
  reply "$t" "$MARCO" '陳先生您好，退款已經處理完成，三到五個工作天內會退回您的帳戶。'
  fields "$t" '{"Status":"resolved"}'

  # en: a payout delay, new and unowned.
  mail 'Tier 1' 'Emily Carter' emily.carter@example.com 'Payout delayed for October' \
    'Hi team, my October payout has not arrived yet. It usually lands on the 5th. Could you check what is holding it up? Thanks, Emily'
  t=$(ticket_of emily.carter@example.com)
  fields "$t" '{"CustomFields":{"Creator ID":"CR-3003","Customer Kind":"creator"}}'

  # pt-BR: a seller's damaged parcel, with the invoice (PDF) and then a photo alone (PNG).
  mail_files 'Tier 1' 'Carla Mendes' carla.mendes@exemplo.com.br 'Encomenda chegou danificada' \
    'Olá! A encomenda do pedido BR-77310 chegou com a caixa amassada e o produto quebrado. Segue a nota fiscal.' '' \
    "$here/files/nota-fiscal-4521.pdf=nota fiscal nº 4521.pdf"
  t=$(ticket_of carla.mendes@exemplo.com.br)
  fields "$t" '{"CustomFields":{"Order ID":"BR-77310","Customer Kind":"seller"}}'
  mail_files 'Tier 1' 'Carla Mendes' carla.mendes@exemplo.com.br 'Encomenda chegou danificada' '' "$t" \
    "$here/files/caixa-danificada.png=caixa danificada.png"
  # A ticket in General, which agents cannot see.
  mail 'General' 'Someone Else' someone@example.org 'Internal: not for agents' 'Hidden from the agents.'
}
