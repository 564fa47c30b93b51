### Macros para criadores — português europeu.
### LIVE, presentes e diamantes, pagamentos, recursos e situação da conta.
### No pt-PT o 0 pertence ao plural “other”: as seleções de contagem trazem
### a variante [0] explícita, sempre antes de [one].

## LIVE

live-gifts-not-credited =
    { greeting }

    Agradecemos ter-nos avisado de que os presentes { $gift_name } da sua LIVE “{ $stream_title }”, do dia { $date }, ainda não aparecem no seu saldo. { $diamonds ->
        [0] A nossa equipa de ganhos está a verificar os registos de presentes dessa LIVE para confirmar quantos diamantes estão em falta.
        [one] A nossa equipa de ganhos confirmou que { $diamonds } diamante dessa LIVE está em falta no seu saldo.
       *[other] A nossa equipa de ganhos confirmou que { $diamonds } diamantes dessa LIVE estão em falta no seu saldo.
    } Os diamantes em falta serão creditados { $days ->
        [0] ainda hoje
        [one] no prazo de { $days } dia útil
       *[other] no prazo de { $days } dias úteis
    } e, entretanto, não precisa de fazer mais nada.

    { closing }
    .title = Presentes da LIVE não creditados

live-stream-throttled =
    { greeting }

    Recebemos a sua mensagem sobre a LIVE “{ $stream_title }” do dia { $date }. Verifiquei a sua conta e não existe qualquer restrição ou penalização, pelo que a interrupção e a quebra de espectadores não se deveram a uma infração. Quando a ligação de upload fica instável, a aplicação baixa automaticamente a qualidade do vídeo e pode mostrar a LIVE a menos pessoas até a ligação estabilizar. Normalmente, basta fazer a LIVE numa rede Wi-Fi com bom sinal e fechar as outras aplicações que estejam a usar dados. Se voltar a acontecer com uma ligação estável, envie-nos a hora a que começou e uma gravação de ecrã, e iremos analisar os registos da transmissão.

    { closing }
    .title = LIVE interrompida ou com alcance limitado

live-ended-unexpectedly =
    { greeting }

    Lamento que a sua LIVE “{ $stream_title }” tenha terminado inesperadamente. Isto acontece quase sempre quando a ligação falha durante mais de alguns segundos, por exemplo quando o telemóvel muda entre o Wi-Fi e os dados móveis. Antes da próxima LIVE, recomendamos que se mantenha numa única rede Wi-Fi com bom sinal, deixe o telemóvel a carregar, ative o modo Não Incomodar para que as chamadas não interrompam a transmissão e tenha a aplicação atualizada. Se a LIVE voltar a terminar com uma ligação estável, responda com a data e a hora, e iremos investigar a fundo.

    { closing }
    .title = LIVE terminada inesperadamente

## Ganhos e pagamentos

payout-delayed =
    { greeting }

    Agradecemos a sua paciência relativamente ao pagamento de { $amount } dos seus diamantes, pedido no dia { $date }. Neste momento, os pagamentos estão a demorar um pouco mais do que o habitual a ser processados, e pedimos desculpa pela espera. O seu pedido já está na fila e não precisa de fazer nada: deverá receber o valor { $days ->
        [0] ainda hoje
        [one] no prazo de { $days } dia útil
       *[other] no prazo de { $days } dias úteis
    }.

    { closing }
    .title = Atraso no pagamento de diamantes

payout-withdrawal-pending =
    { greeting }

    O seu levantamento de { $amount } está pendente porque não conseguimos validar os dados bancários associados à sua conta. Para o desbloquear, aceda ao seu saldo na aplicação, edite o método de levantamento e volte a introduzir o nome do titular exatamente como aparece no extrato bancário, bem como o IBAN. Depois de atualizar os dados, o levantamento será processado { $days ->
        [0] ainda hoje
        [one] no prazo de { $days } dia útil
       *[other] no prazo de { $days } dias úteis
    }, sem ser necessário fazer um novo pedido.

    { closing }
    .title = Levantamento pendente: dados bancários em falta

## Situação da conta

account-restricted =
    { greeting }

    A sua conta foi temporariamente restringida porque uma atividade recente não cumpriu a nossa política “{ $policy_name }”. Enquanto a restrição estiver ativa, não poderá fazer LIVEs nem receber presentes, mas pode continuar a usar a aplicação normalmente. A restrição será levantada automaticamente no dia { $date }. Se considerar que se trata de um erro, pode apresentar recurso através da notificação na sua caixa de entrada, e este será analisado por outra equipa.

    { closing }
    .title = Conta restringida

account-policy-warning =
    { greeting }

    Entramos em contacto consigo a propósito da sua LIVE “{ $stream_title }” do dia { $date }, que incluiu conteúdo contrário à nossa política “{ $policy_name }”. Para já, trata-se apenas de um aviso: não existe qualquer restrição na sua conta. No entanto, novas infrações podem levar à limitação das funcionalidades de LIVE ou à restrição da conta, pelo que pedimos que reveja a política antes da próxima transmissão. Se achar que nos enganámos, basta responder a esta mensagem.

    { closing }
    .title = Aviso de violação de política

account-verify-identity =
    { greeting }

    Por motivos de segurança, precisamos de confirmar que esta conta lhe pertence antes de efetuarmos qualquer alteração. Responda a partir do endereço de e-mail associado à conta e envie uma fotografia de um documento de identificação válido (Cartão de Cidadão ou passaporte) onde se vejam o seu nome e a data de nascimento; se preferir, pode tapar o número do documento. Utilizamos estes dados apenas para verificar a sua identidade e eliminamo-los assim que a verificação estiver concluída. Nunca partilhe a sua palavra-passe nem códigos de verificação com ninguém: a nossa equipa nunca os irá pedir.

    { closing }
    .title = Verificação de identidade (segurança da conta)

## Recursos

appeal-received =
    { greeting }

    Recebemos o seu recurso { $appeal_id } relativo ao bloqueio de LIVE na sua conta. Será analisado por um membro da nossa equipa que não participou na decisão original, e receberá a nossa resposta { $days ->
        [0] ainda hoje
        [one] no prazo de { $days } dia útil
       *[other] no prazo de { $days } dias úteis
    }. Entretanto, não é necessário enviar outro recurso, porque recursos duplicados não aceleram a análise.

    { closing }
    .title = Recurso de bloqueio de LIVE recebido

appeal-approved =
    { greeting }

    Boas notícias: depois de analisarmos o seu recurso { $appeal_id }, concluímos que o bloqueio de LIVE não deveria ter sido aplicado e já o levantámos. O seu acesso às LIVEs foi totalmente restabelecido e a infração foi removida do histórico da sua conta. Pedimos desculpa pelo incómodo e agradecemos a sua paciência durante a análise.

    { closing }
    .title = Recurso aceite

appeal-denied =
    { greeting }

    Agradecemos a sua paciência enquanto analisávamos o seu recurso { $appeal_id }. Após uma segunda análise cuidadosa, confirmámos que o conteúdo violou a nossa política “{ $policy_name }”, pelo que a decisão original se mantém. O seu acesso às LIVEs será restabelecido automaticamente no dia { $date }. Sabemos que não é a resposta que esperava e recomendamos que leia a política com atenção para evitar situações semelhantes nas próximas LIVEs.

    { closing }
    .title = Recurso recusado
