### Macros para criadores — português do Brasil.
### LIVE, presentes e diamantes, saques, recursos e situação da conta.
### No pt-BR o plural “one” inclui o 0: por isso toda seleção de contagem
### traz a variante [0] explícita, sempre antes de [one].

## LIVE

live-gifts-not-credited =
    { greeting }

    Agradecemos por nos avisar que os presentes { $gift_name } da sua LIVE “{ $stream_title }”, do dia { $date }, ainda não apareceram no seu saldo. { $diamonds ->
        [0] Nossa equipe de ganhos está conferindo os registros de presentes dessa LIVE para confirmar quantos diamantes estão faltando.
        [one] Nossa equipe de ganhos confirmou que { $diamonds } diamante dessa LIVE não foi creditado no seu saldo.
       *[other] Nossa equipe de ganhos confirmou que { $diamonds } diamantes dessa LIVE não foram creditados no seu saldo.
    } Os diamantes pendentes serão creditados { $days ->
        [0] ainda hoje
        [one] em até { $days } dia útil
       *[other] em até { $days } dias úteis
    }, e você não precisa fazer mais nada enquanto isso.

    { closing }
    .title = Presentes da LIVE não creditados

live-stream-throttled =
    { greeting }

    Recebemos sua mensagem sobre a LIVE “{ $stream_title }” do dia { $date }. Verifiquei sua conta e não há nenhuma restrição ou penalidade nela, então a interrupção e a queda no número de espectadores não foram causadas por uma violação. Quando a conexão de upload fica instável, o app reduz automaticamente a qualidade do vídeo e pode mostrar a LIVE para menos pessoas até a conexão se estabilizar. Fazer a LIVE em uma rede Wi-Fi forte e fechar outros apps que usam internet costuma resolver isso. Se acontecer de novo com uma conexão estável, mande para nós o horário em que começou e uma gravação de tela, que vamos verificar os registros da transmissão.

    { closing }
    .title = LIVE interrompida ou com alcance limitado

live-ended-unexpectedly =
    { greeting }

    Sinto muito que a sua LIVE “{ $stream_title }” tenha sido encerrada de repente. Isso quase sempre acontece quando a conexão cai por mais de alguns segundos, por exemplo quando o celular troca entre o Wi-Fi e os dados móveis. Antes da próxima LIVE, recomendamos usar uma única rede Wi-Fi com bom sinal, deixar o celular carregando, ativar o modo Não Perturbe para que ligações não interrompam a transmissão e manter o app atualizado. Se a LIVE cair de novo com uma conexão estável, responda com a data e o horário, que vamos investigar a fundo.

    { closing }
    .title = LIVE encerrada inesperadamente

## Ganhos e saques

payout-delayed =
    { greeting }

    Agradecemos sua paciência com o saque de { $amount } referente aos seus diamantes, solicitado em { $date }. No momento, os pagamentos estão levando um pouco mais de tempo do que o normal para serem processados, e pedimos desculpas pela espera. Sua solicitação já está na fila e você não precisa fazer nada: o valor deve cair na sua conta { $days ->
        [0] ainda hoje
        [one] em até { $days } dia útil
       *[other] em até { $days } dias úteis
    }.

    { closing }
    .title = Atraso no saque de diamantes

payout-withdrawal-pending =
    { greeting }

    Seu saque de { $amount } está pendente porque não conseguimos validar os dados bancários cadastrados na sua conta. Para liberá-lo, acesse o seu saldo no app, edite o método de saque e informe novamente o nome do titular exatamente como consta no banco, além da agência e do número da conta. Depois que os dados forem atualizados, o saque será processado { $days ->
        [0] ainda hoje
        [one] em até { $days } dia útil
       *[other] em até { $days } dias úteis
    }, sem precisar fazer uma nova solicitação.

    { closing }
    .title = Saque pendente: dados bancários necessários

## Situação da conta

account-restricted =
    { greeting }

    Sua conta foi restrita temporariamente porque uma atividade recente não seguiu nossa política “{ $policy_name }”. Enquanto a restrição estiver ativa, você não poderá fazer LIVEs nem receber presentes, mas pode continuar usando o app normalmente. A restrição será removida automaticamente em { $date }. Se você acredita que houve um engano, é possível enviar um recurso pela notificação na sua caixa de entrada, e ele será analisado por outra equipe.

    { closing }
    .title = Conta restrita

account-policy-warning =
    { greeting }

    Estamos entrando em contato sobre a sua LIVE “{ $stream_title }” do dia { $date }, que teve conteúdo contrário à nossa política “{ $policy_name }”. Por enquanto, isto é apenas um aviso: não há nenhuma restrição na sua conta. No entanto, novas violações podem limitar os recursos de LIVE ou levar à restrição da conta, então pedimos que você revise a política antes da próxima transmissão. Se achar que cometemos um erro, é só responder a esta mensagem.

    { closing }
    .title = Aviso de violação de política

account-verify-identity =
    { greeting }

    Para a sua segurança, precisamos confirmar que esta conta é sua antes de fazer qualquer alteração nela. Responda a partir do e-mail vinculado à conta e envie uma foto de um documento de identificação com foto (RG, CNH ou passaporte) em que apareçam seu nome e sua data de nascimento; se preferir, pode cobrir o número do documento. Usamos essas informações apenas para verificar sua identidade e as excluímos assim que a verificação termina. Nunca compartilhe sua senha ou códigos de verificação com ninguém: nossa equipe jamais vai pedir esses dados.

    { closing }
    .title = Verificação de identidade (segurança da conta)

## Recursos

appeal-received =
    { greeting }

    Recebemos o seu recurso { $appeal_id } contra o banimento de LIVE da sua conta. Ele será analisado por alguém da nossa equipe que não participou da decisão original, e vamos informar o resultado { $days ->
        [0] ainda hoje
        [one] em até { $days } dia útil
       *[other] em até { $days } dias úteis
    }. Não é preciso enviar outro recurso enquanto isso, porque recursos duplicados não aceleram a análise.

    { closing }
    .title = Recurso de banimento de LIVE recebido

appeal-approved =
    { greeting }

    Boa notícia: depois de analisar o seu recurso { $appeal_id }, concluímos que o banimento de LIVE não deveria ter sido aplicado e já o removemos. Seu acesso às LIVEs foi totalmente restabelecido, e a violação foi retirada do histórico da sua conta. Pedimos desculpas pelo transtorno e agradecemos sua paciência durante a análise.

    { closing }
    .title = Recurso aprovado

appeal-denied =
    { greeting }

    Agradecemos sua paciência enquanto analisávamos o seu recurso { $appeal_id }. Após uma segunda análise cuidadosa, confirmamos que o conteúdo violou nossa política “{ $policy_name }”, por isso a decisão original será mantida. Seu acesso às LIVEs será restabelecido automaticamente em { $date }. Sabemos que não é a resposta que você esperava, e recomendamos ler a política com atenção para evitar situações parecidas nas próximas LIVEs.

    { closing }
    .title = Recurso negado
