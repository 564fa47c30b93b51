### 回复模板公共片段 — 简体中文。
### 每个模板以 { greeting } 开头、以 { closing } 结尾；
### 签名 { signature } 由编辑器在模板之后单独追加。

# 称呼：正式场合按 $customer_gender 在姓氏后加敬称；性别未知时只用“您好！”。
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
