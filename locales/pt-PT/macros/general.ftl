### Macros gerais — português europeu.
### Pedidos de informação, escalamentos, seguimentos e encerramentos.
### As seleções de contagem trazem a variante [0] explícita, antes de [one].

## Pedidos de informação

info-request-more =
    { greeting }

    Para analisarmos a situação com cuidado, preciso de mais alguns dados: o nome de utilizador da conta em causa, uma breve descrição do que aconteceu e quando, e o número da encomenda ou da transação relacionado com o problema, se existir. Assim que receber estas informações, retomo de imediato o seu caso { $case_ref }.

    { closing }
    .title = Pedir mais informações

info-request-evidence =
    { greeting }

    Para nos ajudar na investigação, pode enviar-nos capturas de ecrã ou uma gravação de ecrã curta que mostre o problema? Ajuda bastante se a data e a hora do dispositivo e eventuais mensagens de erro estiverem visíveis. Envie-nos o material { $days ->
        [0] ainda hoje
        [one] no prazo de { $days } dia útil
       *[other] no prazo de { $days } dias úteis
    } para que possamos manter o caso { $case_ref } aberto.

    { closing }
    .title = Pedir capturas de ecrã ou vídeo

## Escalamentos

escalation-acknowledged =
    { greeting }

    Agradecemos a sua paciência. O seu caso precisa de uma análise mais aprofundada, por isso encaminhámo-lo para a equipa especializada { $team }, com a referência { $case_ref }. A equipa irá analisá-lo e dar-lhe uma resposta { $days ->
        [0] ainda hoje
        [one] no prazo de { $days } dia útil
       *[other] no prazo de { $days } dias úteis
    }. Entretanto, não precisa de fazer nada, mas, se nos voltar a escrever, indique a referência para encontrarmos o seu caso mais depressa.

    { closing }
    .title = Caso encaminhado para a equipa especializada

escalation-update =
    { greeting }

    Venho dar-lhe uma atualização sobre o caso { $case_ref }: a equipa especializada { $team } ainda está a analisar a situação, e pedimos desculpa por estar a demorar mais do que esperávamos. O seu caso continua a ser acompanhado de perto e enviaremos nova atualização { $days ->
        [0] ainda hoje
        [one] no prazo de { $days } dia útil
       *[other] no prazo de { $days } dias úteis
    }, ou antes, se houver novidades.

    { closing }
    .title = Atualização: caso ainda em análise

## Seguimento e pedidos de desculpa

followup-no-reply =
    { greeting }

    Retomo o contacto relativamente ao caso { $case_ref }, uma vez que ainda não recebemos a sua resposta. Para podermos ajudar, precisamos das informações pedidas na nossa última mensagem. Se não recebermos resposta { $days ->
        [0] até ao final do dia de hoje
        [one] no prazo de { $days } dia útil
       *[other] no prazo de { $days } dias úteis
    }, o caso será encerrado, mas poderá reabri-lo a qualquer momento: basta responder a esta mensagem.

    { closing }
    .title = Seguimento: sem resposta

apology-delay =
    { greeting }

    Peço desculpa pela demora na resposta. Temos recebido um volume de pedidos invulgarmente elevado, mas merecia uma resposta mais rápida. Assumi pessoalmente o seu caso { $case_ref } e enviar-lhe-ei uma atualização { $days ->
        [0] ainda hoje
        [one] no prazo de { $days } dia útil
       *[other] no prazo de { $days } dias úteis
    }.

    { closing }
    .title = Pedido de desculpa pela demora

## Encerramentos

closing-case-resolved =
    { greeting }

    Fico contente por termos conseguido resolver esta questão. Vou agora marcar o caso { $case_ref } como resolvido. Se surgir mais alguma dúvida sobre este assunto, basta responder a esta mensagem e o caso será reaberto.

    { closing }
    .title = Caso resolvido

closing-survey =
    { greeting }

    Agradecemos mais uma vez a sua paciência enquanto tratávamos deste assunto. Pouco depois de esta conversa terminar, irá receber um breve inquérito de satisfação. Demora apenas um minuto e a sua opinião ajuda-nos a melhorar o nosso apoio ao cliente.

    { closing }
    .title = Encerramento com inquérito de satisfação

## Espectadores: moedas

coins-recharge-not-received =
    { greeting }

    Lamento que as moedas do seu carregamento de { $amount }, feito no dia { $date }, ainda não tenham chegado. Por vezes, a confirmação de pagamento da loja de aplicações ou do prestador de pagamentos demora um pouco mais a chegar até nós. Confirme se a conta com sessão iniciada na aplicação é a mesma que usou para o carregamento e, depois, feche e volte a abrir a aplicação para atualizar o saldo. Se as moedas continuarem sem aparecer, responda com uma captura de ecrã do recibo de pagamento e creditaremos as moedas manualmente assim que identificarmos o pagamento.

    { closing }
    .title = Carregamento de moedas não recebido

## Privacidade

privacy-request-received =
    { greeting }

    Recebemos o seu pedido relativo aos seus dados pessoais, registado com a referência { $case_ref }. A nossa equipa de privacidade poderá ter de confirmar primeiro a sua identidade; nesse caso, entrará em contacto consigo através do e-mail associado à sua conta. Responderemos { $days ->
        [0] ainda hoje
        [one] no prazo de { $days } dia útil
       *[other] no prazo de { $days } dias úteis
    }, nos termos do Regulamento Geral sobre a Proteção de Dados (RGPD).

    { closing }
    .title = Pedido de privacidade recebido
