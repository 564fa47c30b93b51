### Macros gerais — português do Brasil.
### Pedidos de informação, escalonamentos, acompanhamentos e encerramentos.
### Toda seleção de contagem traz a variante [0] explícita, antes de [one].

## Pedidos de informação

info-request-more =
    { greeting }

    Para analisar a sua solicitação com cuidado, preciso de mais alguns detalhes: o nome de usuário da conta envolvida, uma breve descrição do que aconteceu e quando, e o número do pedido ou da transação relacionado ao problema, se houver. Assim que receber essas informações, retomo o seu caso { $case_ref } imediatamente.

    { closing }
    .title = Solicitar mais informações

info-request-evidence =
    { greeting }

    Para nos ajudar na investigação, você pode enviar prints ou uma gravação de tela curta mostrando o problema? Ajuda muito se a data e o horário do aparelho e qualquer mensagem de erro estiverem visíveis. Envie o material { $days ->
        [0] ainda hoje
        [one] em até { $days } dia útil
       *[other] em até { $days } dias úteis
    } para que possamos manter o caso { $case_ref } aberto.

    { closing }
    .title = Solicitar prints ou vídeo

## Escalonamentos

escalation-acknowledged =
    { greeting }

    Agradecemos sua paciência. Seu caso precisa de uma análise mais detalhada, por isso o encaminhamos para a equipe especializada { $team }, com a referência { $case_ref }. A equipe vai analisar tudo e dar um retorno { $days ->
        [0] ainda hoje
        [one] em até { $days } dia útil
       *[other] em até { $days } dias úteis
    }. Você não precisa fazer nada por enquanto, mas, se escrever para nós de novo, mencione a referência para localizarmos o seu caso mais rápido.

    { closing }
    .title = Caso encaminhado à equipe especializada

escalation-update =
    { greeting }

    Passando para dar uma atualização sobre o caso { $case_ref }: a equipe especializada { $team } ainda está analisando a situação, e pedimos desculpas pela demora maior do que esperávamos. Seu caso continua sendo acompanhado de perto, e enviaremos uma nova atualização { $days ->
        [0] ainda hoje
        [one] em até { $days } dia útil
       *[other] em até { $days } dias úteis
    }, ou antes, se houver novidades.

    { closing }
    .title = Atualização: caso ainda em análise

## Acompanhamento e desculpas

followup-no-reply =
    { greeting }

    Estou entrando em contato novamente sobre o caso { $case_ref }, pois ainda não recebemos sua resposta. Para continuarmos ajudando, precisamos das informações solicitadas na nossa última mensagem. Se não tivermos retorno { $days ->
        [0] até o fim do dia de hoje
        [one] em até { $days } dia útil
       *[other] em até { $days } dias úteis
    }, o caso será encerrado, mas você pode reabri-lo a qualquer momento: é só responder a esta mensagem.

    { closing }
    .title = Acompanhamento: sem resposta

apology-delay =
    { greeting }

    Peço desculpas pela demora em responder. Estamos com um volume de solicitações acima do normal, mas você merecia um retorno mais rápido. Já assumi o seu caso { $case_ref } e vou enviar uma atualização { $days ->
        [0] ainda hoje
        [one] em até { $days } dia útil
       *[other] em até { $days } dias úteis
    }.

    { closing }
    .title = Desculpas pela demora

## Encerramentos

closing-case-resolved =
    { greeting }

    Que bom que conseguimos resolver isso para você! Estou marcando o caso { $case_ref } como resolvido. Se surgir mais alguma coisa sobre este assunto, é só responder a esta mensagem que o caso será reaberto.

    { closing }
    .title = Caso resolvido

closing-survey =
    { greeting }

    Agradecemos mais uma vez sua paciência enquanto cuidávamos disso. Logo após o encerramento deste atendimento, você vai receber uma pesquisa de satisfação rápida. Leva só um minutinho, e sua opinião nos ajuda a melhorar nosso atendimento.

    { closing }
    .title = Encerramento com pesquisa de satisfação

## Espectadores: moedas

coins-recharge-not-received =
    { greeting }

    Sinto muito que as moedas da sua recarga de { $amount }, feita em { $date }, ainda não tenham chegado. Às vezes, a confirmação de pagamento da loja de aplicativos ou do meio de pagamento demora um pouco mais para chegar até nós. Confira se a conta logada no app é a mesma usada na recarga e depois feche e abra o app de novo para atualizar o saldo. Se as moedas ainda não aparecerem, responda com um print do comprovante de pagamento, que creditaremos as moedas manualmente assim que localizarmos o pagamento.

    { closing }
    .title = Recarga de moedas não recebida

## Privacidade

privacy-request-received =
    { greeting }

    Recebemos sua solicitação sobre seus dados pessoais, registrada com a referência { $case_ref }. Nossa equipe de privacidade pode precisar confirmar sua identidade antes; nesse caso, entraremos em contato pelo e-mail vinculado à sua conta. Vamos responder { $days ->
        [0] ainda hoje
        [one] em até { $days } dia útil
       *[other] em até { $days } dias úteis
    }, conforme a Lei Geral de Proteção de Dados (LGPD).

    { closing }
    .title = Solicitação de privacidade recebida
