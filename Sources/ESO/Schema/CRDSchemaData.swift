// GENERATED from the ESO CRDs in ../shared/eso/crds (ESO 2.9 line); do not edit by hand.
// `CRDSchemaSyncTests` re-derives this text from the CRD files and fails when they differ;
// run it with ESOGUARD_REGENERATE_SCHEMA=1 to rewrite this file.
// One line per schema node: indentation = depth, `[]` = array items, `{}` = map values.

extension CRDSchema {
    /// (kind, apiVersion, schema text) for every version in the CRDs.
    static let sources: [(kind: String, version: String, text: String)] = [
        ("ExternalSecret", "v1", #"""
$	t=object
 spec	t=object
  data	t=array
   []	t=object req=remoteRef,secretKey
    remoteRef	t=object req=key
     conversionStrategy	t=string enum=Default|Unicode
     decodingStrategy	t=string enum=Auto|Base64|Base64URL|None
     key	t=string
     metadataPolicy	t=string enum=None|Fetch
     nullBytePolicy	t=string enum=Ignore|Fail
     property	t=string
     version	t=string
    secretKey	t=string pat=secretKey minLen=1 maxLen=253
    sourceRef	t=object minProps=1 maxProps=1
     generatorRef	t=object req=kind,name
      apiVersion	t=string
      kind	t=string enum=ACRAccessToken|BeyondtrustWorkloadCredentialsDynamicSecret|ClusterGenerator|CloudsmithAccessToken|ECRAuthorizationToken|Fake|GCRAccessToken|GithubAccessToken|GitlabDeployToken|QuayAccessToken|Password|SSHKey|STSSessionToken|UUID|VaultDynamicSecret|Webhook|Grafana|MFA
      name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
     storeRef	t=object
      kind	t=string enum=SecretStore|ClusterSecretStore
      name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
  dataFrom	t=array
   []	t=object
    extract	t=object req=key
     conversionStrategy	t=string enum=Default|Unicode
     decodingStrategy	t=string enum=Auto|Base64|Base64URL|None
     key	t=string
     metadataPolicy	t=string enum=None|Fetch
     nullBytePolicy	t=string enum=Ignore|Fail
     property	t=string
     version	t=string
    find	t=object
     conversionStrategy	t=string enum=Default|Unicode
     decodingStrategy	t=string enum=Auto|Base64|Base64URL|None
     name	t=object
      regexp	t=string
     nullBytePolicy	t=string enum=Ignore|Fail
     path	t=string
     tags	t=object
      {}	t=string
    rewrite	t=array
     []	t=object minProps=1 maxProps=1
      merge	t=object
       conflictPolicy	t=string enum=Ignore|Error
       into	t=string
       priority	t=array
        []	t=string
       priorityPolicy	t=string enum=IgnoreNotFound|Strict
       strategy	t=string enum=Extract|JSON
      regexp	t=object req=source,target
       source	t=string
       target	t=string
      transform	t=object req=template
       template	t=string
    sourceRef	t=object minProps=1 maxProps=1
     generatorRef	t=object req=kind,name
      apiVersion	t=string
      kind	t=string enum=ACRAccessToken|BeyondtrustWorkloadCredentialsDynamicSecret|ClusterGenerator|CloudsmithAccessToken|ECRAuthorizationToken|Fake|GCRAccessToken|GithubAccessToken|GitlabDeployToken|QuayAccessToken|Password|SSHKey|STSSessionToken|UUID|VaultDynamicSecret|Webhook|Grafana|MFA
      name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
     storeRef	t=object
      kind	t=string enum=SecretStore|ClusterSecretStore
      name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
  refreshInterval	t=string
  refreshPolicy	t=string enum=CreatedOnce|Periodic|OnChange
  secretStoreRef	t=object
   kind	t=string enum=SecretStore|ClusterSecretStore
   name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
  syncWindows	t=object req=kind,windows
   kind	t=string enum=allow|deny
   windows	t=array minItems=1
    []	t=object req=duration,schedule
     duration	t=string
     schedule	t=string pat=cronSchedule minLen=1
  target	t=object
   creationPolicy	t=string enum=Owner|Orphan|Merge|None|CreateOrMerge
   deletionPolicy	t=string enum=Delete|Merge|Retain
   immutable	t=boolean
   manifest	t=object req=apiVersion,kind
    apiVersion	t=string minLen=1
    kind	t=string minLen=1
   name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
   template	t=object
    data	t=object
     {}	t=string
    engineVersion	t=string enum=v2
    mergePolicy	t=string enum=Replace|Merge
    metadata	t=object
     annotations	t=object
      {}	t=string
     finalizers	t=array
      []	t=string
     labels	t=object
      {}	t=string
    templateFrom	t=array
     []	t=object
      configMap	t=object req=items,name
       items	t=array
        []	t=object req=key
         key	t=string pat=secretKey minLen=1 maxLen=253
         templateAs	t=string enum=Values|KeysAndValues
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
      literal	t=string
      secret	t=object req=items,name
       items	t=array
        []	t=object req=key
         key	t=string pat=secretKey minLen=1 maxLen=253
         templateAs	t=string enum=Values|KeysAndValues
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
      target	t=string
      valuesDecodingStrategy	t=string enum=Auto|Base64|Base64URL|None
    type	t=string
"""#),
        ("ExternalSecret", "v1beta1", #"""
$	t=object
 spec	t=object
  data	t=array
   []	t=object req=remoteRef,secretKey
    remoteRef	t=object req=key
     conversionStrategy	t=string enum=Default|Unicode
     decodingStrategy	t=string enum=Auto|Base64|Base64URL|None
     key	t=string
     metadataPolicy	t=string enum=None|Fetch
     property	t=string
     version	t=string
    secretKey	t=string pat=secretKey minLen=1 maxLen=253
    sourceRef	t=object minProps=1 maxProps=1
     generatorRef	t=object req=kind,name
      apiVersion	t=string
      kind	t=string enum=ACRAccessToken|ClusterGenerator|ECRAuthorizationToken|Fake|GCRAccessToken|GithubAccessToken|QuayAccessToken|Password|SSHKey|STSSessionToken|UUID|VaultDynamicSecret|Webhook|Grafana
      name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
     storeRef	t=object
      kind	t=string enum=SecretStore|ClusterSecretStore
      name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
  dataFrom	t=array
   []	t=object
    extract	t=object req=key
     conversionStrategy	t=string enum=Default|Unicode
     decodingStrategy	t=string enum=Auto|Base64|Base64URL|None
     key	t=string
     metadataPolicy	t=string enum=None|Fetch
     property	t=string
     version	t=string
    find	t=object
     conversionStrategy	t=string enum=Default|Unicode
     decodingStrategy	t=string enum=Auto|Base64|Base64URL|None
     name	t=object
      regexp	t=string
     path	t=string
     tags	t=object
      {}	t=string
    rewrite	t=array
     []	t=object minProps=1 maxProps=1
      regexp	t=object req=source,target
       source	t=string
       target	t=string
      transform	t=object req=template
       template	t=string
    sourceRef	t=object minProps=1 maxProps=1
     generatorRef	t=object req=kind,name
      apiVersion	t=string
      kind	t=string enum=ACRAccessToken|ClusterGenerator|ECRAuthorizationToken|Fake|GCRAccessToken|GithubAccessToken|QuayAccessToken|Password|SSHKey|STSSessionToken|UUID|VaultDynamicSecret|Webhook|Grafana
      name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
     storeRef	t=object
      kind	t=string enum=SecretStore|ClusterSecretStore
      name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
  refreshInterval	t=string
  refreshPolicy	t=string enum=CreatedOnce|Periodic|OnChange
  secretStoreRef	t=object
   kind	t=string enum=SecretStore|ClusterSecretStore
   name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
  target	t=object
   creationPolicy	t=string enum=Owner|Orphan|Merge|None
   deletionPolicy	t=string enum=Delete|Merge|Retain
   immutable	t=boolean
   name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
   template	t=object
    data	t=object
     {}	t=string
    engineVersion	t=string enum=v2
    mergePolicy	t=string enum=Replace|Merge
    metadata	t=object
     annotations	t=object
      {}	t=string
     labels	t=object
      {}	t=string
    templateFrom	t=array
     []	t=object
      configMap	t=object req=items,name
       items	t=array
        []	t=object req=key
         key	t=string pat=secretKey minLen=1 maxLen=253
         templateAs	t=string enum=Values|KeysAndValues
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
      literal	t=string
      secret	t=object req=items,name
       items	t=array
        []	t=object req=key
         key	t=string pat=secretKey minLen=1 maxLen=253
         templateAs	t=string enum=Values|KeysAndValues
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
      target	t=string enum=Data|Annotations|Labels
    type	t=string
"""#),
        ("ClusterExternalSecret", "v1", #"""
$	t=object
 spec	t=object req=externalSecretSpec
  externalSecretMetadata	t=object
   annotations	t=object
    {}	t=string
   labels	t=object
    {}	t=string
  externalSecretName	t=string pat=dns1123Subdomain minLen=1 maxLen=253
  externalSecretSpec	t=object
   data	t=array
    []	t=object req=remoteRef,secretKey
     remoteRef	t=object req=key
      conversionStrategy	t=string enum=Default|Unicode
      decodingStrategy	t=string enum=Auto|Base64|Base64URL|None
      key	t=string
      metadataPolicy	t=string enum=None|Fetch
      nullBytePolicy	t=string enum=Ignore|Fail
      property	t=string
      version	t=string
     secretKey	t=string pat=secretKey minLen=1 maxLen=253
     sourceRef	t=object minProps=1 maxProps=1
      generatorRef	t=object req=kind,name
       apiVersion	t=string
       kind	t=string enum=ACRAccessToken|BeyondtrustWorkloadCredentialsDynamicSecret|ClusterGenerator|CloudsmithAccessToken|ECRAuthorizationToken|Fake|GCRAccessToken|GithubAccessToken|GitlabDeployToken|QuayAccessToken|Password|SSHKey|STSSessionToken|UUID|VaultDynamicSecret|Webhook|Grafana|MFA
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
      storeRef	t=object
       kind	t=string enum=SecretStore|ClusterSecretStore
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
   dataFrom	t=array
    []	t=object
     extract	t=object req=key
      conversionStrategy	t=string enum=Default|Unicode
      decodingStrategy	t=string enum=Auto|Base64|Base64URL|None
      key	t=string
      metadataPolicy	t=string enum=None|Fetch
      nullBytePolicy	t=string enum=Ignore|Fail
      property	t=string
      version	t=string
     find	t=object
      conversionStrategy	t=string enum=Default|Unicode
      decodingStrategy	t=string enum=Auto|Base64|Base64URL|None
      name	t=object
       regexp	t=string
      nullBytePolicy	t=string enum=Ignore|Fail
      path	t=string
      tags	t=object
       {}	t=string
     rewrite	t=array
      []	t=object minProps=1 maxProps=1
       merge	t=object
        conflictPolicy	t=string enum=Ignore|Error
        into	t=string
        priority	t=array
         []	t=string
        priorityPolicy	t=string enum=IgnoreNotFound|Strict
        strategy	t=string enum=Extract|JSON
       regexp	t=object req=source,target
        source	t=string
        target	t=string
       transform	t=object req=template
        template	t=string
     sourceRef	t=object minProps=1 maxProps=1
      generatorRef	t=object req=kind,name
       apiVersion	t=string
       kind	t=string enum=ACRAccessToken|BeyondtrustWorkloadCredentialsDynamicSecret|ClusterGenerator|CloudsmithAccessToken|ECRAuthorizationToken|Fake|GCRAccessToken|GithubAccessToken|GitlabDeployToken|QuayAccessToken|Password|SSHKey|STSSessionToken|UUID|VaultDynamicSecret|Webhook|Grafana|MFA
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
      storeRef	t=object
       kind	t=string enum=SecretStore|ClusterSecretStore
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
   refreshInterval	t=string
   refreshPolicy	t=string enum=CreatedOnce|Periodic|OnChange
   secretStoreRef	t=object
    kind	t=string enum=SecretStore|ClusterSecretStore
    name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
   syncWindows	t=object req=kind,windows
    kind	t=string enum=allow|deny
    windows	t=array minItems=1
     []	t=object req=duration,schedule
      duration	t=string
      schedule	t=string pat=cronSchedule minLen=1
   target	t=object
    creationPolicy	t=string enum=Owner|Orphan|Merge|None|CreateOrMerge
    deletionPolicy	t=string enum=Delete|Merge|Retain
    immutable	t=boolean
    manifest	t=object req=apiVersion,kind
     apiVersion	t=string minLen=1
     kind	t=string minLen=1
    name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
    template	t=object
     data	t=object
      {}	t=string
     engineVersion	t=string enum=v2
     mergePolicy	t=string enum=Replace|Merge
     metadata	t=object
      annotations	t=object
       {}	t=string
      finalizers	t=array
       []	t=string
      labels	t=object
       {}	t=string
     templateFrom	t=array
      []	t=object
       configMap	t=object req=items,name
        items	t=array
         []	t=object req=key
          key	t=string pat=secretKey minLen=1 maxLen=253
          templateAs	t=string enum=Values|KeysAndValues
        name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       literal	t=string
       secret	t=object req=items,name
        items	t=array
         []	t=object req=key
          key	t=string pat=secretKey minLen=1 maxLen=253
          templateAs	t=string enum=Values|KeysAndValues
        name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       target	t=string
       valuesDecodingStrategy	t=string enum=Auto|Base64|Base64URL|None
     type	t=string
  namespaceSelector	t=object
   matchExpressions	t=array
    []	t=object req=key,operator
     key	t=string
     operator	t=string
     values	t=array
      []	t=string
   matchLabels	t=object
    {}	t=string
  namespaceSelectors	t=array
   []	t=object
    matchExpressions	t=array
     []	t=object req=key,operator
      key	t=string
      operator	t=string
      values	t=array
       []	t=string
    matchLabels	t=object
     {}	t=string
  namespaces	t=array
   []	t=string pat=dns1123Label minLen=1 maxLen=63
  refreshTime	t=string
"""#),
        ("ClusterExternalSecret", "v1beta1", #"""
$	t=object
 spec	t=object req=externalSecretSpec
  externalSecretMetadata	t=object
   annotations	t=object
    {}	t=string
   labels	t=object
    {}	t=string
  externalSecretName	t=string pat=dns1123Subdomain minLen=1 maxLen=253
  externalSecretSpec	t=object
   data	t=array
    []	t=object req=remoteRef,secretKey
     remoteRef	t=object req=key
      conversionStrategy	t=string enum=Default|Unicode
      decodingStrategy	t=string enum=Auto|Base64|Base64URL|None
      key	t=string
      metadataPolicy	t=string enum=None|Fetch
      property	t=string
      version	t=string
     secretKey	t=string pat=secretKey minLen=1 maxLen=253
     sourceRef	t=object minProps=1 maxProps=1
      generatorRef	t=object req=kind,name
       apiVersion	t=string
       kind	t=string enum=ACRAccessToken|ClusterGenerator|ECRAuthorizationToken|Fake|GCRAccessToken|GithubAccessToken|QuayAccessToken|Password|SSHKey|STSSessionToken|UUID|VaultDynamicSecret|Webhook|Grafana
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
      storeRef	t=object
       kind	t=string enum=SecretStore|ClusterSecretStore
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
   dataFrom	t=array
    []	t=object
     extract	t=object req=key
      conversionStrategy	t=string enum=Default|Unicode
      decodingStrategy	t=string enum=Auto|Base64|Base64URL|None
      key	t=string
      metadataPolicy	t=string enum=None|Fetch
      property	t=string
      version	t=string
     find	t=object
      conversionStrategy	t=string enum=Default|Unicode
      decodingStrategy	t=string enum=Auto|Base64|Base64URL|None
      name	t=object
       regexp	t=string
      path	t=string
      tags	t=object
       {}	t=string
     rewrite	t=array
      []	t=object minProps=1 maxProps=1
       regexp	t=object req=source,target
        source	t=string
        target	t=string
       transform	t=object req=template
        template	t=string
     sourceRef	t=object minProps=1 maxProps=1
      generatorRef	t=object req=kind,name
       apiVersion	t=string
       kind	t=string enum=ACRAccessToken|ClusterGenerator|ECRAuthorizationToken|Fake|GCRAccessToken|GithubAccessToken|QuayAccessToken|Password|SSHKey|STSSessionToken|UUID|VaultDynamicSecret|Webhook|Grafana
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
      storeRef	t=object
       kind	t=string enum=SecretStore|ClusterSecretStore
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
   refreshInterval	t=string
   refreshPolicy	t=string enum=CreatedOnce|Periodic|OnChange
   secretStoreRef	t=object
    kind	t=string enum=SecretStore|ClusterSecretStore
    name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
   target	t=object
    creationPolicy	t=string enum=Owner|Orphan|Merge|None
    deletionPolicy	t=string enum=Delete|Merge|Retain
    immutable	t=boolean
    name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
    template	t=object
     data	t=object
      {}	t=string
     engineVersion	t=string enum=v2
     mergePolicy	t=string enum=Replace|Merge
     metadata	t=object
      annotations	t=object
       {}	t=string
      labels	t=object
       {}	t=string
     templateFrom	t=array
      []	t=object
       configMap	t=object req=items,name
        items	t=array
         []	t=object req=key
          key	t=string pat=secretKey minLen=1 maxLen=253
          templateAs	t=string enum=Values|KeysAndValues
        name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       literal	t=string
       secret	t=object req=items,name
        items	t=array
         []	t=object req=key
          key	t=string pat=secretKey minLen=1 maxLen=253
          templateAs	t=string enum=Values|KeysAndValues
        name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       target	t=string enum=Data|Annotations|Labels
     type	t=string
  namespaceSelector	t=object
   matchExpressions	t=array
    []	t=object req=key,operator
     key	t=string
     operator	t=string
     values	t=array
      []	t=string
   matchLabels	t=object
    {}	t=string
  namespaceSelectors	t=array
   []	t=object
    matchExpressions	t=array
     []	t=object req=key,operator
      key	t=string
      operator	t=string
      values	t=array
       []	t=string
    matchLabels	t=object
     {}	t=string
  namespaces	t=array
   []	t=string pat=dns1123Label minLen=1 maxLen=63
  refreshTime	t=string
"""#),
        ("SecretStore", "v1", #"""
$	t=object
 spec	t=object req=provider
  conditions	t=array
   []	t=object
    namespaceRegexes	t=array
     []	t=string
    namespaceSelector	t=object
     matchExpressions	t=array
      []	t=object req=key,operator
       key	t=string
       operator	t=string
       values	t=array
        []	t=string
     matchLabels	t=object
      {}	t=string
    namespaces	t=array
     []	t=string pat=dns1123Label minLen=1 maxLen=63
  controller	t=string
  provider	t=object minProps=1 maxProps=1
   akeyless	t=object req=akeylessGWApiURL,authSecretRef
    akeylessGWApiURL	t=string
    authSecretRef	t=object
     kubernetesAuth	t=object req=accessID,k8sConfName
      accessID	t=string
      k8sConfName	t=string
      secretRef	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
      serviceAccountRef	t=object req=name
       audiences	t=array
        []	t=string
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
     secretRef	t=object
      accessID	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
      accessType	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
      accessTypeParam	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
     serviceAccountRef	t=object req=name
      audiences	t=array
       []	t=string
      name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
      namespace	t=string pat=dns1123Label minLen=1 maxLen=63
    caBundle	t=string fmt=byte
    caProvider	t=object req=name,type
     key	t=string pat=secretKey minLen=1 maxLen=253
     name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
     namespace	t=string pat=dns1123Label minLen=1 maxLen=63
     type	t=string enum=Secret|ConfigMap
    ignoreCache	t=boolean
   aws	t=object req=region,service
    additionalRoles	t=array
     []	t=string
    auth	t=object
     jwt	t=object
      serviceAccountRef	t=object req=name
       audiences	t=array
        []	t=string
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
     secretRef	t=object
      accessKeyIDSecretRef	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
      secretAccessKeySecretRef	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
      sessionTokenSecretRef	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
    customSessionTags	t=object cel=reservedSessionTags
     {}	t=string
    externalID	t=string
    prefix	t=string
    region	t=string
    role	t=string
    secretsManager	t=object
     forceDeleteWithoutRecovery	t=boolean
     recoveryWindowInDays	t=integer fmt=int64
    service	t=string enum=SecretsManager|ParameterStore|CertificateManager
    sessionTags	t=array
     []	t=object req=key,value
      key	t=string
      value	t=string
    sessionTagsPolicy	t=string enum=None|Simple|Custom
    transitiveTagKeys	t=array
     []	t=string
   azurekv	t=object req=vaultUrl
    authSecretRef	t=object
     clientCertificate	t=object
      key	t=string pat=secretKey minLen=1 maxLen=253
      name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
      namespace	t=string pat=dns1123Label minLen=1 maxLen=63
     clientId	t=object
      key	t=string pat=secretKey minLen=1 maxLen=253
      name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
      namespace	t=string pat=dns1123Label minLen=1 maxLen=63
     clientSecret	t=object
      key	t=string pat=secretKey minLen=1 maxLen=253
      name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
      namespace	t=string pat=dns1123Label minLen=1 maxLen=63
     tenantId	t=object
      key	t=string pat=secretKey minLen=1 maxLen=253
      name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
      namespace	t=string pat=dns1123Label minLen=1 maxLen=63
    authType	t=string enum=ServicePrincipal|ManagedIdentity|WorkloadIdentity
    customCloudConfig	t=object req=activeDirectoryEndpoint
     activeDirectoryEndpoint	t=string
     keyVaultDNSSuffix	t=string
     keyVaultEndpoint	t=string
     resourceManagerEndpoint	t=string
    environmentType	t=string enum=PublicCloud|USGovernmentCloud|ChinaCloud|GermanCloud|AzureStackCloud
    identityId	t=string
    serviceAccountRef	t=object req=name
     audiences	t=array
      []	t=string
     name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
     namespace	t=string pat=dns1123Label minLen=1 maxLen=63
    tenantId	t=string
    useAzureSDK	t=boolean
    vaultUrl	t=string
   barbican	t=object req=auth
    auth	t=object req=password,username
     password	t=object req=secretRef
      secretRef	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
     username	t=object minProps=1 maxProps=1
      secretRef	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
      value	t=string
    authURL	t=string
    domainName	t=string
    region	t=string
    tenantName	t=string
   beyondtrust	t=object req=auth,server
    auth	t=object
     apiKey	t=object
      secretRef	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
      value	t=string
     certificate	t=object
      secretRef	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
      value	t=string
     certificateKey	t=object
      secretRef	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
      value	t=string
     clientId	t=object
      secretRef	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
      value	t=string
     clientSecret	t=object
      secretRef	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
      value	t=string
    server	t=object req=apiUrl,verifyCA
     apiUrl	t=string
     apiVersion	t=string
     clientTimeOutSeconds	t=integer
     decrypt	t=boolean
     retrievalType	t=string
     separator	t=string
     verifyCA	t=boolean
   beyondtrustworkloadcredentials	t=object req=auth,server
    auth	t=object req=apikey
     apikey	t=object req=token
      token	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
    caBundle	t=string fmt=byte
    caProvider	t=object req=name,type
     key	t=string pat=secretKey minLen=1 maxLen=253
     name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
     namespace	t=string pat=dns1123Label minLen=1 maxLen=63
     type	t=string enum=Secret|ConfigMap
    folderPath	t=string
    server	t=object req=apiUrl,siteId
     apiUrl	t=string
     siteId	t=string
   bitwardensecretsmanager	t=object req=auth,organizationID,projectID
    apiURL	t=string
    auth	t=object req=secretRef
     secretRef	t=object req=credentials
      credentials	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
    bitwardenServerSDKURL	t=string
    caBundle	t=string
    caProvider	t=object req=name,type
     key	t=string pat=secretKey minLen=1 maxLen=253
     name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
     namespace	t=string pat=dns1123Label minLen=1 maxLen=63
     type	t=string enum=Secret|ConfigMap
    identityURL	t=string
    organizationID	t=string
    projectID	t=string
   chef	t=object req=auth,serverUrl,username
    auth	t=object req=secretRef
     secretRef	t=object req=privateKeySecretRef
      privateKeySecretRef	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
    serverUrl	t=string
    username	t=string
   cloudrusm	t=object req=auth
    auth	t=object
     secretRef	t=object req=accessKeyIDSecretRef,accessKeySecretSecretRef
      accessKeyIDSecretRef	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
      accessKeySecretSecretRef	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
    projectID	t=string
   conjur	t=object req=auth,url
    auth	t=object minProps=1 maxProps=1
     apikey	t=object req=account,apiKeyRef,userRef
      account	t=string
      apiKeyRef	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
      userRef	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
     cert	t=object req=account,clientCertRef,clientKeyRef,serviceID
      account	t=string
      clientCertRef	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
      clientKeyRef	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
      hostId	t=string
      serviceID	t=string
     jwt	t=object req=account,serviceID
      account	t=string
      hostId	t=string
      secretRef	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
      serviceAccountRef	t=object req=name
       audiences	t=array
        []	t=string
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
      serviceID	t=string
    caBundle	t=string
    caProvider	t=object req=name,type
     key	t=string pat=secretKey minLen=1 maxLen=253
     name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
     namespace	t=string pat=dns1123Label minLen=1 maxLen=63
     type	t=string enum=Secret|ConfigMap
    url	t=string
   crd	t=object req=resource cel=atLeastOne:auth,authRef cel=atMostOne:auth,authRef
    auth	t=object minProps=1 maxProps=1
     cert	t=object req=clientCert,clientKey
      clientCert	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
      clientKey	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
     serviceAccount	t=object req=name
      audiences	t=array
       []	t=string
      name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
      namespace	t=string pat=dns1123Label minLen=1 maxLen=63
     token	t=object req=bearerToken
      bearerToken	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
    authRef	t=object
     key	t=string pat=secretKey minLen=1 maxLen=253
     name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
     namespace	t=string pat=dns1123Label minLen=1 maxLen=63
    resource	t=object req=group,kind,version
     group	t=string
     kind	t=string minLen=1
     version	t=string minLen=1
    server	t=object
     caBundle	t=string fmt=byte
     caProvider	t=object req=name,type
      key	t=string pat=secretKey minLen=1 maxLen=253
      name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
      namespace	t=string pat=dns1123Label minLen=1 maxLen=63
      type	t=string enum=Secret|ConfigMap
     url	t=string
    whitelist	t=object
     rules	t=array
      []	t=object
       name	t=string
       namespace	t=string
       properties	t=array
        []	t=string
   delinea	t=object req=clientId,clientSecret,tenant
    clientId	t=object
     secretRef	t=object
      key	t=string pat=secretKey minLen=1 maxLen=253
      name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
      namespace	t=string pat=dns1123Label minLen=1 maxLen=63
     value	t=string
    clientSecret	t=object
     secretRef	t=object
      key	t=string pat=secretKey minLen=1 maxLen=253
      name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
      namespace	t=string pat=dns1123Label minLen=1 maxLen=63
     value	t=string
    tenant	t=string
    tld	t=string
    urlTemplate	t=string
   doppler	t=object req=auth
    auth	t=object cel=exactlyOne:secretRef,oidcConfig
     oidcConfig	t=object req=identity,serviceAccountRef
      expirationSeconds	t=integer fmt=int64
      identity	t=string
      serviceAccountRef	t=object req=name
       audiences	t=array
        []	t=string
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
     secretRef	t=object req=dopplerToken
      dopplerToken	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
    config	t=string
    format	t=string enum=json|dotnet-json|env|yaml|docker
    nameTransformer	t=string enum=upper-camel|camel|lower-snake|tf-var|dotnet-env|lower-kebab
    project	t=string
   dvls	t=object req=auth,serverUrl
    auth	t=object req=secretRef
     secretRef	t=object req=appId,appSecret
      appId	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
      appSecret	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
    insecure	t=boolean
    serverUrl	t=string
    vault	t=string
   fake	t=object req=data
    data	t=array
     []	t=object req=key,value
      key	t=string
      value	t=string
      version	t=string
    validationResult	t=integer
   fortanix	t=object
    apiKey	t=object
     secretRef	t=object
      key	t=string pat=secretKey minLen=1 maxLen=253
      name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
      namespace	t=string pat=dns1123Label minLen=1 maxLen=63
    apiUrl	t=string
   gcpsm	t=object
    auth	t=object
     secretRef	t=object
      secretAccessKeySecretRef	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
     workloadIdentity	t=object req=serviceAccountRef
      clusterLocation	t=string
      clusterName	t=string
      clusterProjectID	t=string
      serviceAccountRef	t=object req=name
       audiences	t=array
        []	t=string
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
     workloadIdentityFederation	t=object
      audience	t=string
      awsSecurityCredentials	t=object req=awsCredentialsSecretRef,region
       awsCredentialsSecretRef	t=object req=name
        name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
        namespace	t=string pat=dns1123Label minLen=1 maxLen=63
       region	t=string pat=lowerAlnumDash minLen=1 maxLen=50
      credConfig	t=object req=key,name
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
      externalTokenEndpoint	t=string
      gcpServiceAccountEmail	t=string pat=gcpServiceAccountEmail minLen=1
      serviceAccountRef	t=object req=name
       audiences	t=array
        []	t=string
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
    location	t=string
    projectID	t=string
    secretVersionSelectionPolicy	t=string
   github	t=object req=appID,auth,installationID,organization
    appID	t=integer fmt=int64
    auth	t=object req=privateKey
     privateKey	t=object
      key	t=string pat=secretKey minLen=1 maxLen=253
      name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
      namespace	t=string pat=dns1123Label minLen=1 maxLen=63
    environment	t=string
    installationID	t=integer fmt=int64
    orgSecretVisibility	t=string enum=all|private
    organization	t=string
    repository	t=string
    uploadURL	t=string
    url	t=string
   gitlab	t=object req=auth
    auth	t=object req=SecretRef
     SecretRef	t=object
      accessToken	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
    caBundle	t=string fmt=byte
    caProvider	t=object req=name,type
     key	t=string pat=secretKey minLen=1 maxLen=253
     name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
     namespace	t=string pat=dns1123Label minLen=1 maxLen=63
     type	t=string enum=Secret|ConfigMap
    environment	t=string
    groupIDs	t=array
     []	t=string
    inheritFromGroups	t=boolean
    projectID	t=string
    url	t=string
   ibm	t=object req=auth
    auth	t=object minProps=1 maxProps=1
     containerAuth	t=object req=profile
      iamEndpoint	t=string
      profile	t=string
      tokenLocation	t=string
     secretRef	t=object
      iamEndpoint	t=string
      secretApiKeySecretRef	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
    serviceUrl	t=string
   infisical	t=object req=auth,secretsScope
    auth	t=object
     awsAuthCredentials	t=object req=identityId
      identityId	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
     azureAuthCredentials	t=object req=identityId
      identityId	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
      resource	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
     gcpIamAuthCredentials	t=object req=identityId,serviceAccountKeyFilePath
      identityId	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
      serviceAccountKeyFilePath	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
     gcpIdTokenAuthCredentials	t=object req=identityId
      identityId	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
     jwtAuthCredentials	t=object req=identityId,jwt
      identityId	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
      jwt	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
     kubernetesAuthCredentials	t=object req=identityId
      identityId	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
      serviceAccountTokenPath	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
     ldapAuthCredentials	t=object req=identityId,ldapPassword,ldapUsername
      identityId	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
      ldapPassword	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
      ldapUsername	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
     ociAuthCredentials	t=object req=fingerprint,identityId,privateKey,region,tenancyId,userId
      fingerprint	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
      identityId	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
      privateKey	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
      privateKeyPassphrase	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
      region	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
      tenancyId	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
      userId	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
     tokenAuthCredentials	t=object req=accessToken
      accessToken	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
     universalAuthCredentials	t=object req=clientId,clientSecret
      clientId	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
      clientSecret	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
    caBundle	t=string fmt=byte
    caProvider	t=object req=name,type
     key	t=string pat=secretKey minLen=1 maxLen=253
     name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
     namespace	t=string pat=dns1123Label minLen=1 maxLen=63
     type	t=string enum=Secret|ConfigMap
    hostAPI	t=string
    secretsScope	t=object req=environmentSlug,projectSlug
     environmentSlug	t=string
     expandSecretReferences	t=boolean
     organizationSlug	t=string
     projectSlug	t=string
     recursive	t=boolean
     secretsPath	t=string
   keepersecurity	t=object req=authRef,folderID
    authRef	t=object
     key	t=string pat=secretKey minLen=1 maxLen=253
     name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
     namespace	t=string pat=dns1123Label minLen=1 maxLen=63
    folderID	t=string
    getByTitleFallback	t=boolean
   kubernetes	t=object
    auth	t=object minProps=1 maxProps=1
     cert	t=object req=clientCert,clientKey
      clientCert	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
      clientKey	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
     serviceAccount	t=object req=name
      audiences	t=array
       []	t=string
      name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
      namespace	t=string pat=dns1123Label minLen=1 maxLen=63
     token	t=object req=bearerToken
      bearerToken	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
    authRef	t=object
     key	t=string pat=secretKey minLen=1 maxLen=253
     name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
     namespace	t=string pat=dns1123Label minLen=1 maxLen=63
    remoteNamespace	t=string pat=dns1123Label minLen=1 maxLen=63
    server	t=object
     caBundle	t=string fmt=byte
     caProvider	t=object req=name,type
      key	t=string pat=secretKey minLen=1 maxLen=253
      name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
      namespace	t=string pat=dns1123Label minLen=1 maxLen=63
      type	t=string enum=Secret|ConfigMap
     url	t=string
   nebiusmysterybox	t=object req=apiDomain,auth
    apiDomain	t=string
    auth	t=object cel=atLeastOne:serviceAccountCredsSecretRef,tokenSecretRef
     serviceAccountCredsSecretRef	t=object
      key	t=string pat=secretKey minLen=1 maxLen=253
      name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
      namespace	t=string pat=dns1123Label minLen=1 maxLen=63
     tokenSecretRef	t=object
      key	t=string pat=secretKey minLen=1 maxLen=253
      name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
      namespace	t=string pat=dns1123Label minLen=1 maxLen=63
    caProvider	t=object
     certSecretRef	t=object
      key	t=string pat=secretKey minLen=1 maxLen=253
      name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
      namespace	t=string pat=dns1123Label minLen=1 maxLen=63
   ngrok	t=object req=auth,vault
    apiUrl	t=string
    auth	t=object minProps=1 maxProps=1
     apiKey	t=object
      secretRef	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
    vault	t=object req=name
     name	t=string
   onboardbase	t=object req=apiHost,auth,environment,project
    apiHost	t=string
    auth	t=object req=apiKeyRef,passcodeRef
     apiKeyRef	t=object
      key	t=string pat=secretKey minLen=1 maxLen=253
      name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
      namespace	t=string pat=dns1123Label minLen=1 maxLen=63
     passcodeRef	t=object
      key	t=string pat=secretKey minLen=1 maxLen=253
      name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
      namespace	t=string pat=dns1123Label minLen=1 maxLen=63
    environment	t=string
    project	t=string
   onepassword	t=object req=auth,connectHost,vaults
    auth	t=object req=secretRef
     secretRef	t=object req=connectTokenSecretRef
      connectTokenSecretRef	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
    connectHost	t=string
    vaults	t=object
     {}	t=integer
   onepasswordSDK	t=object req=auth cel=atMostOne:vault,environment
    auth	t=object req=serviceAccountSecretRef
     serviceAccountSecretRef	t=object
      key	t=string pat=secretKey minLen=1 maxLen=253
      name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
      namespace	t=string pat=dns1123Label minLen=1 maxLen=63
    cache	t=object
     maxSize	t=integer min=1
     ttl	t=string
    environment	t=string
    integrationInfo	t=object
     name	t=string
     version	t=string
    vault	t=string
   openBao	t=object req=server cel=atMostOne:caBundle,caProvider
    auth	t=object cel=exactlyOne:appRole,tokenSecretRef,userPass
     appRole	t=object req=path,secretRef cel=exactlyOne:roleId,roleRef
      path	t=string
      roleId	t=string minLen=1
      roleRef	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
      secretRef	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
     namespace	t=string
     tokenSecretRef	t=object
      key	t=string pat=secretKey minLen=1 maxLen=253
      name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
      namespace	t=string pat=dns1123Label minLen=1 maxLen=63
     userPass	t=object req=path,username
      path	t=string
      secretRef	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
      username	t=string
    caBundle	t=string fmt=byte
    caProvider	t=object req=name,type
     key	t=string pat=secretKey minLen=1 maxLen=253
     name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
     namespace	t=string pat=dns1123Label minLen=1 maxLen=63
     type	t=string enum=Secret|ConfigMap
    namespace	t=string
    path	t=string
    server	t=string
    version	t=string enum=v1|v2
   oracle	t=object req=region,vault
    auth	t=object req=secretRef,tenancy,user
     secretRef	t=object req=fingerprint,privatekey
      fingerprint	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
      privatekey	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
     tenancy	t=string
     user	t=string
    compartment	t=string
    encryptionKey	t=string
    principalType	t=string enum=|UserPrincipal|InstancePrincipal|Workload
    region	t=string
    serviceAccountRef	t=object req=name
     audiences	t=array
      []	t=string
     name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
     namespace	t=string pat=dns1123Label minLen=1 maxLen=63
    vault	t=string
   ovh	t=object req=auth,okmsid,server
    auth	t=object
     mtls	t=object req=certSecretRef,keySecretRef
      caBundle	t=string fmt=byte
      caProvider	t=object req=name,type
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
       type	t=string enum=Secret|ConfigMap
      certSecretRef	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
      keySecretRef	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
     token	t=object req=tokenSecretRef
      tokenSecretRef	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
    casRequired	t=boolean
    okmsTimeout	t=integer min=1 fmt=int32
    okmsid	t=string
    server	t=string
   passbolt	t=object req=auth,host
    auth	t=object req=passwordSecretRef,privateKeySecretRef
     passwordSecretRef	t=object
      key	t=string pat=secretKey minLen=1 maxLen=253
      name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
      namespace	t=string pat=dns1123Label minLen=1 maxLen=63
     privateKeySecretRef	t=object
      key	t=string pat=secretKey minLen=1 maxLen=253
      name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
      namespace	t=string pat=dns1123Label minLen=1 maxLen=63
    caBundle	t=string fmt=byte
    caProvider	t=object req=name,type
     key	t=string pat=secretKey minLen=1 maxLen=253
     name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
     namespace	t=string pat=dns1123Label minLen=1 maxLen=63
     type	t=string enum=Secret|ConfigMap
    host	t=string
   passworddepot	t=object req=auth,database,host
    auth	t=object req=secretRef
     secretRef	t=object
      credentials	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
    database	t=string
    host	t=string
   previder	t=object req=auth
    auth	t=object
     secretRef	t=object req=accessToken
      accessToken	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
    baseUri	t=string
   pulumi	t=object req=environment,organization,project cel=exactlyOne:auth,accessToken
    accessToken	t=object
     secretRef	t=object
      key	t=string pat=secretKey minLen=1 maxLen=253
      name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
      namespace	t=string pat=dns1123Label minLen=1 maxLen=63
    apiUrl	t=string
    auth	t=object cel=exactlyOne:accessToken,oidcConfig
     accessToken	t=object
      secretRef	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
     oidcConfig	t=object req=organization,serviceAccountRef
      expirationSeconds	t=integer min=600 fmt=int64
      organization	t=string
      serviceAccountRef	t=object req=name
       audiences	t=array
        []	t=string
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
    environment	t=string
    organization	t=string
    project	t=string
   scaleway	t=object req=accessKey,projectId,region,secretKey
    accessKey	t=object
     secretRef	t=object
      key	t=string pat=secretKey minLen=1 maxLen=253
      name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
      namespace	t=string pat=dns1123Label minLen=1 maxLen=63
     value	t=string
    apiUrl	t=string
    projectId	t=string
    region	t=string
    secretKey	t=object
     secretRef	t=object
      key	t=string pat=secretKey minLen=1 maxLen=253
      name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
      namespace	t=string pat=dns1123Label minLen=1 maxLen=63
     value	t=string
   secretserver	t=object req=serverURL cel=tokenOrUsernamePassword
    caBundle	t=string fmt=byte
    caProvider	t=object req=name,type
     key	t=string pat=secretKey minLen=1 maxLen=253
     name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
     namespace	t=string pat=dns1123Label minLen=1 maxLen=63
     type	t=string enum=Secret|ConfigMap
    domain	t=string
    password	t=object cel=exactlyOne:value,secretRef
     secretRef	t=object
      key	t=string pat=secretKey minLen=1 maxLen=253
      name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
      namespace	t=string pat=dns1123Label minLen=1 maxLen=63
     value	t=string minLen=1
    serverURL	t=string
    token	t=object cel=exactlyOne:value,secretRef
     secretRef	t=object
      key	t=string pat=secretKey minLen=1 maxLen=253
      name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
      namespace	t=string pat=dns1123Label minLen=1 maxLen=63
     value	t=string minLen=1
    username	t=object cel=exactlyOne:value,secretRef
     secretRef	t=object
      key	t=string pat=secretKey minLen=1 maxLen=253
      name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
      namespace	t=string pat=dns1123Label minLen=1 maxLen=63
     value	t=string minLen=1
   senhasegura	t=object req=auth,module,url
    auth	t=object req=clientId,clientSecretSecretRef
     clientId	t=string
     clientSecretSecretRef	t=object
      key	t=string pat=secretKey minLen=1 maxLen=253
      name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
      namespace	t=string pat=dns1123Label minLen=1 maxLen=63
    ignoreSslCertificate	t=boolean
    module	t=string
    url	t=string
   vault	t=object req=server
    auth	t=object
     appRole	t=object req=path,secretRef
      path	t=string
      roleId	t=string
      roleRef	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
      secretRef	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
     cert	t=object
      clientCert	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
      path	t=string
      secretRef	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
      vaultRole	t=string
     gcp	t=object req=role
      location	t=string
      path	t=string
      projectID	t=string
      role	t=string
      secretRef	t=object
       secretAccessKeySecretRef	t=object
        key	t=string pat=secretKey minLen=1 maxLen=253
        name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
        namespace	t=string pat=dns1123Label minLen=1 maxLen=63
      serviceAccountRef	t=object req=name
       audiences	t=array
        []	t=string
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
      workloadIdentity	t=object req=serviceAccountRef
       clusterLocation	t=string
       clusterName	t=string
       clusterProjectID	t=string
       serviceAccountRef	t=object req=name
        audiences	t=array
         []	t=string
        name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
        namespace	t=string pat=dns1123Label minLen=1 maxLen=63
     iam	t=object req=vaultRole
      externalID	t=string
      jwt	t=object
       serviceAccountRef	t=object req=name
        audiences	t=array
         []	t=string
        name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
        namespace	t=string pat=dns1123Label minLen=1 maxLen=63
      path	t=string
      region	t=string
      role	t=string
      secretRef	t=object
       accessKeyIDSecretRef	t=object
        key	t=string pat=secretKey minLen=1 maxLen=253
        name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
        namespace	t=string pat=dns1123Label minLen=1 maxLen=63
       secretAccessKeySecretRef	t=object
        key	t=string pat=secretKey minLen=1 maxLen=253
        name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
        namespace	t=string pat=dns1123Label minLen=1 maxLen=63
       sessionTokenSecretRef	t=object
        key	t=string pat=secretKey minLen=1 maxLen=253
        name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
        namespace	t=string pat=dns1123Label minLen=1 maxLen=63
      vaultAwsIamServerID	t=string
      vaultRole	t=string
     jwt	t=object req=path
      kubernetesServiceAccountToken	t=object req=serviceAccountRef
       audiences	t=array
        []	t=string
       expirationSeconds	t=integer fmt=int64
       serviceAccountRef	t=object req=name
        audiences	t=array
         []	t=string
        name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
        namespace	t=string pat=dns1123Label minLen=1 maxLen=63
      path	t=string
      role	t=string
      secretRef	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
     kubernetes	t=object req=mountPath,role
      mountPath	t=string
      role	t=string
      secretRef	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
      serviceAccountRef	t=object req=name
       audiences	t=array
        []	t=string
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
     ldap	t=object req=path,username
      path	t=string
      secretRef	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
      username	t=string
     namespace	t=string
     tokenSecretRef	t=object
      key	t=string pat=secretKey minLen=1 maxLen=253
      name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
      namespace	t=string pat=dns1123Label minLen=1 maxLen=63
     userPass	t=object req=path,username
      path	t=string
      secretRef	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
      username	t=string
    caBundle	t=string fmt=byte
    caProvider	t=object req=name,type
     key	t=string pat=secretKey minLen=1 maxLen=253
     name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
     namespace	t=string pat=dns1123Label minLen=1 maxLen=63
     type	t=string enum=Secret|ConfigMap
    checkAndSet	t=object
     required	t=boolean
    forwardInconsistent	t=boolean
    headers	t=object
     {}	t=string
    namespace	t=string
    path	t=string
    readYourWrites	t=boolean
    server	t=string
    tls	t=object
     certSecretRef	t=object
      key	t=string pat=secretKey minLen=1 maxLen=253
      name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
      namespace	t=string pat=dns1123Label minLen=1 maxLen=63
     keySecretRef	t=object
      key	t=string pat=secretKey minLen=1 maxLen=253
      name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
      namespace	t=string pat=dns1123Label minLen=1 maxLen=63
    version	t=string enum=v1|v2
   volcengine	t=object req=region
    auth	t=object
     secretRef	t=object req=accessKeyID,secretAccessKey
      accessKeyID	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
      secretAccessKey	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
      token	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
    region	t=string
   webhook	t=object req=url
    auth	t=object minProps=1 maxProps=1
     ntlm	t=object req=passwordSecret,usernameSecret
      passwordSecret	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
      usernameSecret	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
    body	t=string
    caBundle	t=string fmt=byte
    caProvider	t=object req=name,type
     key	t=string pat=secretKey minLen=1 maxLen=253
     name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
     namespace	t=string pat=dns1123Label minLen=1 maxLen=63
     type	t=string enum=Secret|ConfigMap
    headers	t=object
     {}	t=string
    method	t=string
    result	t=object
     jsonPath	t=string
    secrets	t=array
     []	t=object req=name,secretRef
      name	t=string
      secretRef	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
    timeout	t=string
    url	t=string
   yandexcertificatemanager	t=object req=auth
    apiEndpoint	t=string
    auth	t=object
     authorizedKeySecretRef	t=object
      key	t=string pat=secretKey minLen=1 maxLen=253
      name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
      namespace	t=string pat=dns1123Label minLen=1 maxLen=63
    caProvider	t=object
     certSecretRef	t=object
      key	t=string pat=secretKey minLen=1 maxLen=253
      name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
      namespace	t=string pat=dns1123Label minLen=1 maxLen=63
    fetching	t=object minProps=1 maxProps=1
     byID	t=object
     byName	t=object req=folderID
      folderID	t=string
   yandexlockbox	t=object req=auth
    apiEndpoint	t=string
    auth	t=object
     authorizedKeySecretRef	t=object
      key	t=string pat=secretKey minLen=1 maxLen=253
      name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
      namespace	t=string pat=dns1123Label minLen=1 maxLen=63
    caProvider	t=object
     certSecretRef	t=object
      key	t=string pat=secretKey minLen=1 maxLen=253
      name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
      namespace	t=string pat=dns1123Label minLen=1 maxLen=63
    fetching	t=object minProps=1 maxProps=1
     byID	t=object
     byName	t=object req=folderID
      folderID	t=string
  refreshInterval	t=intstr
  retrySettings	t=object
   maxRetries	t=integer fmt=int32
   retryInterval	t=string
"""#),
        ("SecretStore", "v1beta1", #"""
$	t=object
 spec	t=object req=provider
  conditions	t=array
   []	t=object
    namespaceRegexes	t=array
     []	t=string
    namespaceSelector	t=object
     matchExpressions	t=array
      []	t=object req=key,operator
       key	t=string
       operator	t=string
       values	t=array
        []	t=string
     matchLabels	t=object
      {}	t=string
    namespaces	t=array
     []	t=string pat=dns1123Label minLen=1 maxLen=63
  controller	t=string
  provider	t=object minProps=1 maxProps=1
   akeyless	t=object req=akeylessGWApiURL,authSecretRef
    akeylessGWApiURL	t=string
    authSecretRef	t=object
     kubernetesAuth	t=object req=accessID,k8sConfName
      accessID	t=string
      k8sConfName	t=string
      secretRef	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
      serviceAccountRef	t=object req=name
       audiences	t=array
        []	t=string
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
     secretRef	t=object
      accessID	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
      accessType	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
      accessTypeParam	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
    caBundle	t=string fmt=byte
    caProvider	t=object req=name,type
     key	t=string pat=secretKey minLen=1 maxLen=253
     name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
     namespace	t=string pat=dns1123Label minLen=1 maxLen=63
     type	t=string enum=Secret|ConfigMap
   alibaba	t=object req=auth,regionID
    auth	t=object
     rrsa	t=object req=oidcProviderArn,oidcTokenFilePath,roleArn,sessionName
      oidcProviderArn	t=string
      oidcTokenFilePath	t=string
      roleArn	t=string
      sessionName	t=string
     secretRef	t=object req=accessKeyIDSecretRef,accessKeySecretSecretRef
      accessKeyIDSecretRef	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
      accessKeySecretSecretRef	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
    regionID	t=string
   aws	t=object req=region,service
    additionalRoles	t=array
     []	t=string
    auth	t=object
     jwt	t=object
      serviceAccountRef	t=object req=name
       audiences	t=array
        []	t=string
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
     secretRef	t=object
      accessKeyIDSecretRef	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
      secretAccessKeySecretRef	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
      sessionTokenSecretRef	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
    externalID	t=string
    prefix	t=string
    region	t=string
    role	t=string
    secretsManager	t=object
     forceDeleteWithoutRecovery	t=boolean
     recoveryWindowInDays	t=integer fmt=int64
    service	t=string enum=SecretsManager|ParameterStore
    sessionTags	t=array
     []	t=object req=key,value
      key	t=string
      value	t=string
    transitiveTagKeys	t=array
     []	t=string
   azurekv	t=object req=vaultUrl
    authSecretRef	t=object
     clientCertificate	t=object
      key	t=string pat=secretKey minLen=1 maxLen=253
      name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
      namespace	t=string pat=dns1123Label minLen=1 maxLen=63
     clientId	t=object
      key	t=string pat=secretKey minLen=1 maxLen=253
      name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
      namespace	t=string pat=dns1123Label minLen=1 maxLen=63
     clientSecret	t=object
      key	t=string pat=secretKey minLen=1 maxLen=253
      name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
      namespace	t=string pat=dns1123Label minLen=1 maxLen=63
     tenantId	t=object
      key	t=string pat=secretKey minLen=1 maxLen=253
      name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
      namespace	t=string pat=dns1123Label minLen=1 maxLen=63
    authType	t=string enum=ServicePrincipal|ManagedIdentity|WorkloadIdentity
    environmentType	t=string enum=PublicCloud|USGovernmentCloud|ChinaCloud|GermanCloud
    identityId	t=string
    serviceAccountRef	t=object req=name
     audiences	t=array
      []	t=string
     name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
     namespace	t=string pat=dns1123Label minLen=1 maxLen=63
    tenantId	t=string
    vaultUrl	t=string
   beyondtrust	t=object req=auth,server
    auth	t=object
     apiKey	t=object
      secretRef	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
      value	t=string
     certificate	t=object
      secretRef	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
      value	t=string
     certificateKey	t=object
      secretRef	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
      value	t=string
     clientId	t=object
      secretRef	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
      value	t=string
     clientSecret	t=object
      secretRef	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
      value	t=string
    server	t=object req=apiUrl,verifyCA
     apiUrl	t=string
     apiVersion	t=string
     clientTimeOutSeconds	t=integer
     decrypt	t=boolean
     retrievalType	t=string
     separator	t=string
     verifyCA	t=boolean
   bitwardensecretsmanager	t=object req=auth,organizationID,projectID
    apiURL	t=string
    auth	t=object req=secretRef
     secretRef	t=object req=credentials
      credentials	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
    bitwardenServerSDKURL	t=string
    caBundle	t=string
    caProvider	t=object req=name,type
     key	t=string pat=secretKey minLen=1 maxLen=253
     name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
     namespace	t=string pat=dns1123Label minLen=1 maxLen=63
     type	t=string enum=Secret|ConfigMap
    identityURL	t=string
    organizationID	t=string
    projectID	t=string
   chef	t=object req=auth,serverUrl,username
    auth	t=object req=secretRef
     secretRef	t=object req=privateKeySecretRef
      privateKeySecretRef	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
    serverUrl	t=string
    username	t=string
   cloudrusm	t=object req=auth
    auth	t=object
     secretRef	t=object req=accessKeyIDSecretRef,accessKeySecretSecretRef
      accessKeyIDSecretRef	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
      accessKeySecretSecretRef	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
    projectID	t=string
   conjur	t=object req=auth,url
    auth	t=object
     apikey	t=object req=account,apiKeyRef,userRef
      account	t=string
      apiKeyRef	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
      userRef	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
     jwt	t=object req=account,serviceID
      account	t=string
      hostId	t=string
      secretRef	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
      serviceAccountRef	t=object req=name
       audiences	t=array
        []	t=string
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
      serviceID	t=string
    caBundle	t=string
    caProvider	t=object req=name,type
     key	t=string pat=secretKey minLen=1 maxLen=253
     name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
     namespace	t=string pat=dns1123Label minLen=1 maxLen=63
     type	t=string enum=Secret|ConfigMap
    url	t=string
   delinea	t=object req=clientId,clientSecret,tenant
    clientId	t=object
     secretRef	t=object
      key	t=string pat=secretKey minLen=1 maxLen=253
      name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
      namespace	t=string pat=dns1123Label minLen=1 maxLen=63
     value	t=string
    clientSecret	t=object
     secretRef	t=object
      key	t=string pat=secretKey minLen=1 maxLen=253
      name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
      namespace	t=string pat=dns1123Label minLen=1 maxLen=63
     value	t=string
    tenant	t=string
    tld	t=string
    urlTemplate	t=string
   device42	t=object req=auth,host
    auth	t=object req=secretRef
     secretRef	t=object
      credentials	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
    host	t=string
   doppler	t=object req=auth
    auth	t=object req=secretRef
     secretRef	t=object req=dopplerToken
      dopplerToken	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
    config	t=string
    format	t=string enum=json|dotnet-json|env|yaml|docker
    nameTransformer	t=string enum=upper-camel|camel|lower-snake|tf-var|dotnet-env|lower-kebab
    project	t=string
   fake	t=object req=data
    data	t=array
     []	t=object req=key,value
      key	t=string
      value	t=string
      version	t=string
   fortanix	t=object
    apiKey	t=object
     secretRef	t=object
      key	t=string pat=secretKey minLen=1 maxLen=253
      name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
      namespace	t=string pat=dns1123Label minLen=1 maxLen=63
    apiUrl	t=string
   gcpsm	t=object
    auth	t=object
     secretRef	t=object
      secretAccessKeySecretRef	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
     workloadIdentity	t=object req=serviceAccountRef
      clusterLocation	t=string
      clusterName	t=string
      clusterProjectID	t=string
      serviceAccountRef	t=object req=name
       audiences	t=array
        []	t=string
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
    location	t=string
    projectID	t=string
   github	t=object req=appID,auth,installationID,organization
    appID	t=integer fmt=int64
    auth	t=object req=privateKey
     privateKey	t=object
      key	t=string pat=secretKey minLen=1 maxLen=253
      name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
      namespace	t=string pat=dns1123Label minLen=1 maxLen=63
    environment	t=string
    installationID	t=integer fmt=int64
    organization	t=string
    repository	t=string
    uploadURL	t=string
    url	t=string
   gitlab	t=object req=auth
    auth	t=object req=SecretRef
     SecretRef	t=object
      accessToken	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
    caBundle	t=string fmt=byte
    caProvider	t=object req=name,type
     key	t=string pat=secretKey minLen=1 maxLen=253
     name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
     namespace	t=string pat=dns1123Label minLen=1 maxLen=63
     type	t=string enum=Secret|ConfigMap
    environment	t=string
    groupIDs	t=array
     []	t=string
    inheritFromGroups	t=boolean
    projectID	t=string
    url	t=string
   ibm	t=object req=auth
    auth	t=object minProps=1 maxProps=1
     containerAuth	t=object req=profile
      iamEndpoint	t=string
      profile	t=string
      tokenLocation	t=string
     secretRef	t=object
      secretApiKeySecretRef	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
    serviceUrl	t=string
   infisical	t=object req=auth,secretsScope
    auth	t=object
     universalAuthCredentials	t=object req=clientId,clientSecret
      clientId	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
      clientSecret	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
    hostAPI	t=string
    secretsScope	t=object req=environmentSlug,projectSlug
     environmentSlug	t=string
     expandSecretReferences	t=boolean
     projectSlug	t=string
     recursive	t=boolean
     secretsPath	t=string
   keepersecurity	t=object req=authRef,folderID
    authRef	t=object
     key	t=string pat=secretKey minLen=1 maxLen=253
     name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
     namespace	t=string pat=dns1123Label minLen=1 maxLen=63
    folderID	t=string
   kubernetes	t=object
    auth	t=object minProps=1 maxProps=1
     cert	t=object
      clientCert	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
      clientKey	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
     serviceAccount	t=object req=name
      audiences	t=array
       []	t=string
      name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
      namespace	t=string pat=dns1123Label minLen=1 maxLen=63
     token	t=object
      bearerToken	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
    authRef	t=object
     key	t=string pat=secretKey minLen=1 maxLen=253
     name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
     namespace	t=string pat=dns1123Label minLen=1 maxLen=63
    remoteNamespace	t=string pat=dns1123Label minLen=1 maxLen=63
    server	t=object
     caBundle	t=string fmt=byte
     caProvider	t=object req=name,type
      key	t=string pat=secretKey minLen=1 maxLen=253
      name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
      namespace	t=string pat=dns1123Label minLen=1 maxLen=63
      type	t=string enum=Secret|ConfigMap
     url	t=string
   onboardbase	t=object req=apiHost,auth,environment,project
    apiHost	t=string
    auth	t=object req=apiKeyRef,passcodeRef
     apiKeyRef	t=object
      key	t=string pat=secretKey minLen=1 maxLen=253
      name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
      namespace	t=string pat=dns1123Label minLen=1 maxLen=63
     passcodeRef	t=object
      key	t=string pat=secretKey minLen=1 maxLen=253
      name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
      namespace	t=string pat=dns1123Label minLen=1 maxLen=63
    environment	t=string
    project	t=string
   onepassword	t=object req=auth,connectHost,vaults
    auth	t=object req=secretRef
     secretRef	t=object req=connectTokenSecretRef
      connectTokenSecretRef	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
    connectHost	t=string
    vaults	t=object
     {}	t=integer
   oracle	t=object req=region,vault
    auth	t=object req=secretRef,tenancy,user
     secretRef	t=object req=fingerprint,privatekey
      fingerprint	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
      privatekey	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
     tenancy	t=string
     user	t=string
    compartment	t=string
    encryptionKey	t=string
    principalType	t=string enum=|UserPrincipal|InstancePrincipal|Workload
    region	t=string
    serviceAccountRef	t=object req=name
     audiences	t=array
      []	t=string
     name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
     namespace	t=string pat=dns1123Label minLen=1 maxLen=63
    vault	t=string
   passbolt	t=object req=auth,host
    auth	t=object req=passwordSecretRef,privateKeySecretRef
     passwordSecretRef	t=object
      key	t=string pat=secretKey minLen=1 maxLen=253
      name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
      namespace	t=string pat=dns1123Label minLen=1 maxLen=63
     privateKeySecretRef	t=object
      key	t=string pat=secretKey minLen=1 maxLen=253
      name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
      namespace	t=string pat=dns1123Label minLen=1 maxLen=63
    host	t=string
   passworddepot	t=object req=auth,database,host
    auth	t=object req=secretRef
     secretRef	t=object
      credentials	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
    database	t=string
    host	t=string
   previder	t=object req=auth
    auth	t=object
     secretRef	t=object req=accessToken
      accessToken	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
    baseUri	t=string
   pulumi	t=object req=accessToken,environment,organization,project
    accessToken	t=object
     secretRef	t=object
      key	t=string pat=secretKey minLen=1 maxLen=253
      name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
      namespace	t=string pat=dns1123Label minLen=1 maxLen=63
    apiUrl	t=string
    environment	t=string
    organization	t=string
    project	t=string
   scaleway	t=object req=accessKey,projectId,region,secretKey
    accessKey	t=object
     secretRef	t=object
      key	t=string pat=secretKey minLen=1 maxLen=253
      name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
      namespace	t=string pat=dns1123Label minLen=1 maxLen=63
     value	t=string
    apiUrl	t=string
    projectId	t=string
    region	t=string
    secretKey	t=object
     secretRef	t=object
      key	t=string pat=secretKey minLen=1 maxLen=253
      name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
      namespace	t=string pat=dns1123Label minLen=1 maxLen=63
     value	t=string
   secretserver	t=object req=password,serverURL,username
    password	t=object
     secretRef	t=object
      key	t=string pat=secretKey minLen=1 maxLen=253
      name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
      namespace	t=string pat=dns1123Label minLen=1 maxLen=63
     value	t=string
    serverURL	t=string
    username	t=object
     secretRef	t=object
      key	t=string pat=secretKey minLen=1 maxLen=253
      name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
      namespace	t=string pat=dns1123Label minLen=1 maxLen=63
     value	t=string
   senhasegura	t=object req=auth,module,url
    auth	t=object req=clientId,clientSecretSecretRef
     clientId	t=string
     clientSecretSecretRef	t=object
      key	t=string pat=secretKey minLen=1 maxLen=253
      name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
      namespace	t=string pat=dns1123Label minLen=1 maxLen=63
    ignoreSslCertificate	t=boolean
    module	t=string
    url	t=string
   vault	t=object req=server
    auth	t=object
     appRole	t=object req=path,secretRef
      path	t=string
      roleId	t=string
      roleRef	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
      secretRef	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
     cert	t=object
      clientCert	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
      secretRef	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
     iam	t=object req=vaultRole
      externalID	t=string
      jwt	t=object
       serviceAccountRef	t=object req=name
        audiences	t=array
         []	t=string
        name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
        namespace	t=string pat=dns1123Label minLen=1 maxLen=63
      path	t=string
      region	t=string
      role	t=string
      secretRef	t=object
       accessKeyIDSecretRef	t=object
        key	t=string pat=secretKey minLen=1 maxLen=253
        name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
        namespace	t=string pat=dns1123Label minLen=1 maxLen=63
       secretAccessKeySecretRef	t=object
        key	t=string pat=secretKey minLen=1 maxLen=253
        name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
        namespace	t=string pat=dns1123Label minLen=1 maxLen=63
       sessionTokenSecretRef	t=object
        key	t=string pat=secretKey minLen=1 maxLen=253
        name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
        namespace	t=string pat=dns1123Label minLen=1 maxLen=63
      vaultAwsIamServerID	t=string
      vaultRole	t=string
     jwt	t=object req=path
      kubernetesServiceAccountToken	t=object req=serviceAccountRef
       audiences	t=array
        []	t=string
       expirationSeconds	t=integer fmt=int64
       serviceAccountRef	t=object req=name
        audiences	t=array
         []	t=string
        name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
        namespace	t=string pat=dns1123Label minLen=1 maxLen=63
      path	t=string
      role	t=string
      secretRef	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
     kubernetes	t=object req=mountPath,role
      mountPath	t=string
      role	t=string
      secretRef	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
      serviceAccountRef	t=object req=name
       audiences	t=array
        []	t=string
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
     ldap	t=object req=path,username
      path	t=string
      secretRef	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
      username	t=string
     namespace	t=string
     tokenSecretRef	t=object
      key	t=string pat=secretKey minLen=1 maxLen=253
      name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
      namespace	t=string pat=dns1123Label minLen=1 maxLen=63
     userPass	t=object req=path,username
      path	t=string
      secretRef	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
      username	t=string
    caBundle	t=string fmt=byte
    caProvider	t=object req=name,type
     key	t=string pat=secretKey minLen=1 maxLen=253
     name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
     namespace	t=string pat=dns1123Label minLen=1 maxLen=63
     type	t=string enum=Secret|ConfigMap
    forwardInconsistent	t=boolean
    headers	t=object
     {}	t=string
    namespace	t=string
    path	t=string
    readYourWrites	t=boolean
    server	t=string
    tls	t=object
     certSecretRef	t=object
      key	t=string pat=secretKey minLen=1 maxLen=253
      name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
      namespace	t=string pat=dns1123Label minLen=1 maxLen=63
     keySecretRef	t=object
      key	t=string pat=secretKey minLen=1 maxLen=253
      name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
      namespace	t=string pat=dns1123Label minLen=1 maxLen=63
    version	t=string enum=v1|v2
   webhook	t=object req=result,url
    auth	t=object minProps=1 maxProps=1
     ntlm	t=object req=passwordSecret,usernameSecret
      passwordSecret	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
      usernameSecret	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
    body	t=string
    caBundle	t=string fmt=byte
    caProvider	t=object req=name,type
     key	t=string pat=secretKey minLen=1 maxLen=253
     name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
     namespace	t=string pat=dns1123Label minLen=1 maxLen=63
     type	t=string enum=Secret|ConfigMap
    headers	t=object
     {}	t=string
    method	t=string
    result	t=object
     jsonPath	t=string
    secrets	t=array
     []	t=object req=name,secretRef
      name	t=string
      secretRef	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
    timeout	t=string
    url	t=string
   yandexcertificatemanager	t=object req=auth
    apiEndpoint	t=string
    auth	t=object
     authorizedKeySecretRef	t=object
      key	t=string pat=secretKey minLen=1 maxLen=253
      name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
      namespace	t=string pat=dns1123Label minLen=1 maxLen=63
    caProvider	t=object
     certSecretRef	t=object
      key	t=string pat=secretKey minLen=1 maxLen=253
      name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
      namespace	t=string pat=dns1123Label minLen=1 maxLen=63
   yandexlockbox	t=object req=auth
    apiEndpoint	t=string
    auth	t=object
     authorizedKeySecretRef	t=object
      key	t=string pat=secretKey minLen=1 maxLen=253
      name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
      namespace	t=string pat=dns1123Label minLen=1 maxLen=63
    caProvider	t=object
     certSecretRef	t=object
      key	t=string pat=secretKey minLen=1 maxLen=253
      name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
      namespace	t=string pat=dns1123Label minLen=1 maxLen=63
  refreshInterval	t=integer
  retrySettings	t=object
   maxRetries	t=integer fmt=int32
   retryInterval	t=string
"""#),
        ("ClusterSecretStore", "v1", #"""
$	t=object
 spec	t=object req=provider
  conditions	t=array
   []	t=object
    namespaceRegexes	t=array
     []	t=string
    namespaceSelector	t=object
     matchExpressions	t=array
      []	t=object req=key,operator
       key	t=string
       operator	t=string
       values	t=array
        []	t=string
     matchLabels	t=object
      {}	t=string
    namespaces	t=array
     []	t=string pat=dns1123Label minLen=1 maxLen=63
  controller	t=string
  provider	t=object minProps=1 maxProps=1
   akeyless	t=object req=akeylessGWApiURL,authSecretRef
    akeylessGWApiURL	t=string
    authSecretRef	t=object
     kubernetesAuth	t=object req=accessID,k8sConfName
      accessID	t=string
      k8sConfName	t=string
      secretRef	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
      serviceAccountRef	t=object req=name
       audiences	t=array
        []	t=string
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
     secretRef	t=object
      accessID	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
      accessType	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
      accessTypeParam	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
     serviceAccountRef	t=object req=name
      audiences	t=array
       []	t=string
      name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
      namespace	t=string pat=dns1123Label minLen=1 maxLen=63
    caBundle	t=string fmt=byte
    caProvider	t=object req=name,type
     key	t=string pat=secretKey minLen=1 maxLen=253
     name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
     namespace	t=string pat=dns1123Label minLen=1 maxLen=63
     type	t=string enum=Secret|ConfigMap
    ignoreCache	t=boolean
   aws	t=object req=region,service
    additionalRoles	t=array
     []	t=string
    auth	t=object
     jwt	t=object
      serviceAccountRef	t=object req=name
       audiences	t=array
        []	t=string
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
     secretRef	t=object
      accessKeyIDSecretRef	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
      secretAccessKeySecretRef	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
      sessionTokenSecretRef	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
    customSessionTags	t=object cel=reservedSessionTags
     {}	t=string
    externalID	t=string
    prefix	t=string
    region	t=string
    role	t=string
    secretsManager	t=object
     forceDeleteWithoutRecovery	t=boolean
     recoveryWindowInDays	t=integer fmt=int64
    service	t=string enum=SecretsManager|ParameterStore|CertificateManager
    sessionTags	t=array
     []	t=object req=key,value
      key	t=string
      value	t=string
    sessionTagsPolicy	t=string enum=None|Simple|Custom
    transitiveTagKeys	t=array
     []	t=string
   azurekv	t=object req=vaultUrl
    authSecretRef	t=object
     clientCertificate	t=object
      key	t=string pat=secretKey minLen=1 maxLen=253
      name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
      namespace	t=string pat=dns1123Label minLen=1 maxLen=63
     clientId	t=object
      key	t=string pat=secretKey minLen=1 maxLen=253
      name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
      namespace	t=string pat=dns1123Label minLen=1 maxLen=63
     clientSecret	t=object
      key	t=string pat=secretKey minLen=1 maxLen=253
      name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
      namespace	t=string pat=dns1123Label minLen=1 maxLen=63
     tenantId	t=object
      key	t=string pat=secretKey minLen=1 maxLen=253
      name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
      namespace	t=string pat=dns1123Label minLen=1 maxLen=63
    authType	t=string enum=ServicePrincipal|ManagedIdentity|WorkloadIdentity
    customCloudConfig	t=object req=activeDirectoryEndpoint
     activeDirectoryEndpoint	t=string
     keyVaultDNSSuffix	t=string
     keyVaultEndpoint	t=string
     resourceManagerEndpoint	t=string
    environmentType	t=string enum=PublicCloud|USGovernmentCloud|ChinaCloud|GermanCloud|AzureStackCloud
    identityId	t=string
    serviceAccountRef	t=object req=name
     audiences	t=array
      []	t=string
     name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
     namespace	t=string pat=dns1123Label minLen=1 maxLen=63
    tenantId	t=string
    useAzureSDK	t=boolean
    vaultUrl	t=string
   barbican	t=object req=auth
    auth	t=object req=password,username
     password	t=object req=secretRef
      secretRef	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
     username	t=object minProps=1 maxProps=1
      secretRef	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
      value	t=string
    authURL	t=string
    domainName	t=string
    region	t=string
    tenantName	t=string
   beyondtrust	t=object req=auth,server
    auth	t=object
     apiKey	t=object
      secretRef	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
      value	t=string
     certificate	t=object
      secretRef	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
      value	t=string
     certificateKey	t=object
      secretRef	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
      value	t=string
     clientId	t=object
      secretRef	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
      value	t=string
     clientSecret	t=object
      secretRef	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
      value	t=string
    server	t=object req=apiUrl,verifyCA
     apiUrl	t=string
     apiVersion	t=string
     clientTimeOutSeconds	t=integer
     decrypt	t=boolean
     retrievalType	t=string
     separator	t=string
     verifyCA	t=boolean
   beyondtrustworkloadcredentials	t=object req=auth,server
    auth	t=object req=apikey
     apikey	t=object req=token
      token	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
    caBundle	t=string fmt=byte
    caProvider	t=object req=name,type
     key	t=string pat=secretKey minLen=1 maxLen=253
     name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
     namespace	t=string pat=dns1123Label minLen=1 maxLen=63
     type	t=string enum=Secret|ConfigMap
    folderPath	t=string
    server	t=object req=apiUrl,siteId
     apiUrl	t=string
     siteId	t=string
   bitwardensecretsmanager	t=object req=auth,organizationID,projectID
    apiURL	t=string
    auth	t=object req=secretRef
     secretRef	t=object req=credentials
      credentials	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
    bitwardenServerSDKURL	t=string
    caBundle	t=string
    caProvider	t=object req=name,type
     key	t=string pat=secretKey minLen=1 maxLen=253
     name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
     namespace	t=string pat=dns1123Label minLen=1 maxLen=63
     type	t=string enum=Secret|ConfigMap
    identityURL	t=string
    organizationID	t=string
    projectID	t=string
   chef	t=object req=auth,serverUrl,username
    auth	t=object req=secretRef
     secretRef	t=object req=privateKeySecretRef
      privateKeySecretRef	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
    serverUrl	t=string
    username	t=string
   cloudrusm	t=object req=auth
    auth	t=object
     secretRef	t=object req=accessKeyIDSecretRef,accessKeySecretSecretRef
      accessKeyIDSecretRef	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
      accessKeySecretSecretRef	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
    projectID	t=string
   conjur	t=object req=auth,url
    auth	t=object minProps=1 maxProps=1
     apikey	t=object req=account,apiKeyRef,userRef
      account	t=string
      apiKeyRef	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
      userRef	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
     cert	t=object req=account,clientCertRef,clientKeyRef,serviceID
      account	t=string
      clientCertRef	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
      clientKeyRef	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
      hostId	t=string
      serviceID	t=string
     jwt	t=object req=account,serviceID
      account	t=string
      hostId	t=string
      secretRef	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
      serviceAccountRef	t=object req=name
       audiences	t=array
        []	t=string
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
      serviceID	t=string
    caBundle	t=string
    caProvider	t=object req=name,type
     key	t=string pat=secretKey minLen=1 maxLen=253
     name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
     namespace	t=string pat=dns1123Label minLen=1 maxLen=63
     type	t=string enum=Secret|ConfigMap
    url	t=string
   crd	t=object req=resource cel=atLeastOne:auth,authRef cel=atMostOne:auth,authRef
    auth	t=object minProps=1 maxProps=1
     cert	t=object req=clientCert,clientKey
      clientCert	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
      clientKey	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
     serviceAccount	t=object req=name
      audiences	t=array
       []	t=string
      name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
      namespace	t=string pat=dns1123Label minLen=1 maxLen=63
     token	t=object req=bearerToken
      bearerToken	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
    authRef	t=object
     key	t=string pat=secretKey minLen=1 maxLen=253
     name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
     namespace	t=string pat=dns1123Label minLen=1 maxLen=63
    resource	t=object req=group,kind,version
     group	t=string
     kind	t=string minLen=1
     version	t=string minLen=1
    server	t=object
     caBundle	t=string fmt=byte
     caProvider	t=object req=name,type
      key	t=string pat=secretKey minLen=1 maxLen=253
      name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
      namespace	t=string pat=dns1123Label minLen=1 maxLen=63
      type	t=string enum=Secret|ConfigMap
     url	t=string
    whitelist	t=object
     rules	t=array
      []	t=object
       name	t=string
       namespace	t=string
       properties	t=array
        []	t=string
   delinea	t=object req=clientId,clientSecret,tenant
    clientId	t=object
     secretRef	t=object
      key	t=string pat=secretKey minLen=1 maxLen=253
      name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
      namespace	t=string pat=dns1123Label minLen=1 maxLen=63
     value	t=string
    clientSecret	t=object
     secretRef	t=object
      key	t=string pat=secretKey minLen=1 maxLen=253
      name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
      namespace	t=string pat=dns1123Label minLen=1 maxLen=63
     value	t=string
    tenant	t=string
    tld	t=string
    urlTemplate	t=string
   doppler	t=object req=auth
    auth	t=object cel=exactlyOne:secretRef,oidcConfig
     oidcConfig	t=object req=identity,serviceAccountRef
      expirationSeconds	t=integer fmt=int64
      identity	t=string
      serviceAccountRef	t=object req=name
       audiences	t=array
        []	t=string
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
     secretRef	t=object req=dopplerToken
      dopplerToken	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
    config	t=string
    format	t=string enum=json|dotnet-json|env|yaml|docker
    nameTransformer	t=string enum=upper-camel|camel|lower-snake|tf-var|dotnet-env|lower-kebab
    project	t=string
   dvls	t=object req=auth,serverUrl
    auth	t=object req=secretRef
     secretRef	t=object req=appId,appSecret
      appId	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
      appSecret	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
    insecure	t=boolean
    serverUrl	t=string
    vault	t=string
   fake	t=object req=data
    data	t=array
     []	t=object req=key,value
      key	t=string
      value	t=string
      version	t=string
    validationResult	t=integer
   fortanix	t=object
    apiKey	t=object
     secretRef	t=object
      key	t=string pat=secretKey minLen=1 maxLen=253
      name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
      namespace	t=string pat=dns1123Label minLen=1 maxLen=63
    apiUrl	t=string
   gcpsm	t=object
    auth	t=object
     secretRef	t=object
      secretAccessKeySecretRef	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
     workloadIdentity	t=object req=serviceAccountRef
      clusterLocation	t=string
      clusterName	t=string
      clusterProjectID	t=string
      serviceAccountRef	t=object req=name
       audiences	t=array
        []	t=string
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
     workloadIdentityFederation	t=object
      audience	t=string
      awsSecurityCredentials	t=object req=awsCredentialsSecretRef,region
       awsCredentialsSecretRef	t=object req=name
        name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
        namespace	t=string pat=dns1123Label minLen=1 maxLen=63
       region	t=string pat=lowerAlnumDash minLen=1 maxLen=50
      credConfig	t=object req=key,name
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
      externalTokenEndpoint	t=string
      gcpServiceAccountEmail	t=string pat=gcpServiceAccountEmail minLen=1
      serviceAccountRef	t=object req=name
       audiences	t=array
        []	t=string
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
    location	t=string
    projectID	t=string
    secretVersionSelectionPolicy	t=string
   github	t=object req=appID,auth,installationID,organization
    appID	t=integer fmt=int64
    auth	t=object req=privateKey
     privateKey	t=object
      key	t=string pat=secretKey minLen=1 maxLen=253
      name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
      namespace	t=string pat=dns1123Label minLen=1 maxLen=63
    environment	t=string
    installationID	t=integer fmt=int64
    orgSecretVisibility	t=string enum=all|private
    organization	t=string
    repository	t=string
    uploadURL	t=string
    url	t=string
   gitlab	t=object req=auth
    auth	t=object req=SecretRef
     SecretRef	t=object
      accessToken	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
    caBundle	t=string fmt=byte
    caProvider	t=object req=name,type
     key	t=string pat=secretKey minLen=1 maxLen=253
     name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
     namespace	t=string pat=dns1123Label minLen=1 maxLen=63
     type	t=string enum=Secret|ConfigMap
    environment	t=string
    groupIDs	t=array
     []	t=string
    inheritFromGroups	t=boolean
    projectID	t=string
    url	t=string
   ibm	t=object req=auth
    auth	t=object minProps=1 maxProps=1
     containerAuth	t=object req=profile
      iamEndpoint	t=string
      profile	t=string
      tokenLocation	t=string
     secretRef	t=object
      iamEndpoint	t=string
      secretApiKeySecretRef	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
    serviceUrl	t=string
   infisical	t=object req=auth,secretsScope
    auth	t=object
     awsAuthCredentials	t=object req=identityId
      identityId	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
     azureAuthCredentials	t=object req=identityId
      identityId	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
      resource	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
     gcpIamAuthCredentials	t=object req=identityId,serviceAccountKeyFilePath
      identityId	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
      serviceAccountKeyFilePath	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
     gcpIdTokenAuthCredentials	t=object req=identityId
      identityId	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
     jwtAuthCredentials	t=object req=identityId,jwt
      identityId	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
      jwt	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
     kubernetesAuthCredentials	t=object req=identityId
      identityId	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
      serviceAccountTokenPath	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
     ldapAuthCredentials	t=object req=identityId,ldapPassword,ldapUsername
      identityId	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
      ldapPassword	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
      ldapUsername	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
     ociAuthCredentials	t=object req=fingerprint,identityId,privateKey,region,tenancyId,userId
      fingerprint	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
      identityId	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
      privateKey	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
      privateKeyPassphrase	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
      region	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
      tenancyId	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
      userId	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
     tokenAuthCredentials	t=object req=accessToken
      accessToken	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
     universalAuthCredentials	t=object req=clientId,clientSecret
      clientId	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
      clientSecret	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
    caBundle	t=string fmt=byte
    caProvider	t=object req=name,type
     key	t=string pat=secretKey minLen=1 maxLen=253
     name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
     namespace	t=string pat=dns1123Label minLen=1 maxLen=63
     type	t=string enum=Secret|ConfigMap
    hostAPI	t=string
    secretsScope	t=object req=environmentSlug,projectSlug
     environmentSlug	t=string
     expandSecretReferences	t=boolean
     organizationSlug	t=string
     projectSlug	t=string
     recursive	t=boolean
     secretsPath	t=string
   keepersecurity	t=object req=authRef,folderID
    authRef	t=object
     key	t=string pat=secretKey minLen=1 maxLen=253
     name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
     namespace	t=string pat=dns1123Label minLen=1 maxLen=63
    folderID	t=string
    getByTitleFallback	t=boolean
   kubernetes	t=object
    auth	t=object minProps=1 maxProps=1
     cert	t=object req=clientCert,clientKey
      clientCert	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
      clientKey	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
     serviceAccount	t=object req=name
      audiences	t=array
       []	t=string
      name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
      namespace	t=string pat=dns1123Label minLen=1 maxLen=63
     token	t=object req=bearerToken
      bearerToken	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
    authRef	t=object
     key	t=string pat=secretKey minLen=1 maxLen=253
     name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
     namespace	t=string pat=dns1123Label minLen=1 maxLen=63
    remoteNamespace	t=string pat=dns1123Label minLen=1 maxLen=63
    server	t=object
     caBundle	t=string fmt=byte
     caProvider	t=object req=name,type
      key	t=string pat=secretKey minLen=1 maxLen=253
      name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
      namespace	t=string pat=dns1123Label minLen=1 maxLen=63
      type	t=string enum=Secret|ConfigMap
     url	t=string
   nebiusmysterybox	t=object req=apiDomain,auth
    apiDomain	t=string
    auth	t=object cel=atLeastOne:serviceAccountCredsSecretRef,tokenSecretRef
     serviceAccountCredsSecretRef	t=object
      key	t=string pat=secretKey minLen=1 maxLen=253
      name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
      namespace	t=string pat=dns1123Label minLen=1 maxLen=63
     tokenSecretRef	t=object
      key	t=string pat=secretKey minLen=1 maxLen=253
      name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
      namespace	t=string pat=dns1123Label minLen=1 maxLen=63
    caProvider	t=object
     certSecretRef	t=object
      key	t=string pat=secretKey minLen=1 maxLen=253
      name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
      namespace	t=string pat=dns1123Label minLen=1 maxLen=63
   ngrok	t=object req=auth,vault
    apiUrl	t=string
    auth	t=object minProps=1 maxProps=1
     apiKey	t=object
      secretRef	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
    vault	t=object req=name
     name	t=string
   onboardbase	t=object req=apiHost,auth,environment,project
    apiHost	t=string
    auth	t=object req=apiKeyRef,passcodeRef
     apiKeyRef	t=object
      key	t=string pat=secretKey minLen=1 maxLen=253
      name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
      namespace	t=string pat=dns1123Label minLen=1 maxLen=63
     passcodeRef	t=object
      key	t=string pat=secretKey minLen=1 maxLen=253
      name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
      namespace	t=string pat=dns1123Label minLen=1 maxLen=63
    environment	t=string
    project	t=string
   onepassword	t=object req=auth,connectHost,vaults
    auth	t=object req=secretRef
     secretRef	t=object req=connectTokenSecretRef
      connectTokenSecretRef	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
    connectHost	t=string
    vaults	t=object
     {}	t=integer
   onepasswordSDK	t=object req=auth cel=atMostOne:vault,environment
    auth	t=object req=serviceAccountSecretRef
     serviceAccountSecretRef	t=object
      key	t=string pat=secretKey minLen=1 maxLen=253
      name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
      namespace	t=string pat=dns1123Label minLen=1 maxLen=63
    cache	t=object
     maxSize	t=integer min=1
     ttl	t=string
    environment	t=string
    integrationInfo	t=object
     name	t=string
     version	t=string
    vault	t=string
   openBao	t=object req=server cel=atMostOne:caBundle,caProvider
    auth	t=object cel=exactlyOne:appRole,tokenSecretRef,userPass
     appRole	t=object req=path,secretRef cel=exactlyOne:roleId,roleRef
      path	t=string
      roleId	t=string minLen=1
      roleRef	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
      secretRef	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
     namespace	t=string
     tokenSecretRef	t=object
      key	t=string pat=secretKey minLen=1 maxLen=253
      name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
      namespace	t=string pat=dns1123Label minLen=1 maxLen=63
     userPass	t=object req=path,username
      path	t=string
      secretRef	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
      username	t=string
    caBundle	t=string fmt=byte
    caProvider	t=object req=name,type
     key	t=string pat=secretKey minLen=1 maxLen=253
     name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
     namespace	t=string pat=dns1123Label minLen=1 maxLen=63
     type	t=string enum=Secret|ConfigMap
    namespace	t=string
    path	t=string
    server	t=string
    version	t=string enum=v1|v2
   oracle	t=object req=region,vault
    auth	t=object req=secretRef,tenancy,user
     secretRef	t=object req=fingerprint,privatekey
      fingerprint	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
      privatekey	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
     tenancy	t=string
     user	t=string
    compartment	t=string
    encryptionKey	t=string
    principalType	t=string enum=|UserPrincipal|InstancePrincipal|Workload
    region	t=string
    serviceAccountRef	t=object req=name
     audiences	t=array
      []	t=string
     name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
     namespace	t=string pat=dns1123Label minLen=1 maxLen=63
    vault	t=string
   ovh	t=object req=auth,okmsid,server
    auth	t=object
     mtls	t=object req=certSecretRef,keySecretRef
      caBundle	t=string fmt=byte
      caProvider	t=object req=name,type
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
       type	t=string enum=Secret|ConfigMap
      certSecretRef	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
      keySecretRef	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
     token	t=object req=tokenSecretRef
      tokenSecretRef	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
    casRequired	t=boolean
    okmsTimeout	t=integer min=1 fmt=int32
    okmsid	t=string
    server	t=string
   passbolt	t=object req=auth,host
    auth	t=object req=passwordSecretRef,privateKeySecretRef
     passwordSecretRef	t=object
      key	t=string pat=secretKey minLen=1 maxLen=253
      name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
      namespace	t=string pat=dns1123Label minLen=1 maxLen=63
     privateKeySecretRef	t=object
      key	t=string pat=secretKey minLen=1 maxLen=253
      name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
      namespace	t=string pat=dns1123Label minLen=1 maxLen=63
    caBundle	t=string fmt=byte
    caProvider	t=object req=name,type
     key	t=string pat=secretKey minLen=1 maxLen=253
     name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
     namespace	t=string pat=dns1123Label minLen=1 maxLen=63
     type	t=string enum=Secret|ConfigMap
    host	t=string
   passworddepot	t=object req=auth,database,host
    auth	t=object req=secretRef
     secretRef	t=object
      credentials	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
    database	t=string
    host	t=string
   previder	t=object req=auth
    auth	t=object
     secretRef	t=object req=accessToken
      accessToken	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
    baseUri	t=string
   pulumi	t=object req=environment,organization,project cel=exactlyOne:auth,accessToken
    accessToken	t=object
     secretRef	t=object
      key	t=string pat=secretKey minLen=1 maxLen=253
      name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
      namespace	t=string pat=dns1123Label minLen=1 maxLen=63
    apiUrl	t=string
    auth	t=object cel=exactlyOne:accessToken,oidcConfig
     accessToken	t=object
      secretRef	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
     oidcConfig	t=object req=organization,serviceAccountRef
      expirationSeconds	t=integer min=600 fmt=int64
      organization	t=string
      serviceAccountRef	t=object req=name
       audiences	t=array
        []	t=string
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
    environment	t=string
    organization	t=string
    project	t=string
   scaleway	t=object req=accessKey,projectId,region,secretKey
    accessKey	t=object
     secretRef	t=object
      key	t=string pat=secretKey minLen=1 maxLen=253
      name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
      namespace	t=string pat=dns1123Label minLen=1 maxLen=63
     value	t=string
    apiUrl	t=string
    projectId	t=string
    region	t=string
    secretKey	t=object
     secretRef	t=object
      key	t=string pat=secretKey minLen=1 maxLen=253
      name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
      namespace	t=string pat=dns1123Label minLen=1 maxLen=63
     value	t=string
   secretserver	t=object req=serverURL cel=tokenOrUsernamePassword
    caBundle	t=string fmt=byte
    caProvider	t=object req=name,type
     key	t=string pat=secretKey minLen=1 maxLen=253
     name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
     namespace	t=string pat=dns1123Label minLen=1 maxLen=63
     type	t=string enum=Secret|ConfigMap
    domain	t=string
    password	t=object cel=exactlyOne:value,secretRef
     secretRef	t=object
      key	t=string pat=secretKey minLen=1 maxLen=253
      name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
      namespace	t=string pat=dns1123Label minLen=1 maxLen=63
     value	t=string minLen=1
    serverURL	t=string
    token	t=object cel=exactlyOne:value,secretRef
     secretRef	t=object
      key	t=string pat=secretKey minLen=1 maxLen=253
      name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
      namespace	t=string pat=dns1123Label minLen=1 maxLen=63
     value	t=string minLen=1
    username	t=object cel=exactlyOne:value,secretRef
     secretRef	t=object
      key	t=string pat=secretKey minLen=1 maxLen=253
      name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
      namespace	t=string pat=dns1123Label minLen=1 maxLen=63
     value	t=string minLen=1
   senhasegura	t=object req=auth,module,url
    auth	t=object req=clientId,clientSecretSecretRef
     clientId	t=string
     clientSecretSecretRef	t=object
      key	t=string pat=secretKey minLen=1 maxLen=253
      name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
      namespace	t=string pat=dns1123Label minLen=1 maxLen=63
    ignoreSslCertificate	t=boolean
    module	t=string
    url	t=string
   vault	t=object req=server
    auth	t=object
     appRole	t=object req=path,secretRef
      path	t=string
      roleId	t=string
      roleRef	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
      secretRef	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
     cert	t=object
      clientCert	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
      path	t=string
      secretRef	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
      vaultRole	t=string
     gcp	t=object req=role
      location	t=string
      path	t=string
      projectID	t=string
      role	t=string
      secretRef	t=object
       secretAccessKeySecretRef	t=object
        key	t=string pat=secretKey minLen=1 maxLen=253
        name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
        namespace	t=string pat=dns1123Label minLen=1 maxLen=63
      serviceAccountRef	t=object req=name
       audiences	t=array
        []	t=string
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
      workloadIdentity	t=object req=serviceAccountRef
       clusterLocation	t=string
       clusterName	t=string
       clusterProjectID	t=string
       serviceAccountRef	t=object req=name
        audiences	t=array
         []	t=string
        name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
        namespace	t=string pat=dns1123Label minLen=1 maxLen=63
     iam	t=object req=vaultRole
      externalID	t=string
      jwt	t=object
       serviceAccountRef	t=object req=name
        audiences	t=array
         []	t=string
        name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
        namespace	t=string pat=dns1123Label minLen=1 maxLen=63
      path	t=string
      region	t=string
      role	t=string
      secretRef	t=object
       accessKeyIDSecretRef	t=object
        key	t=string pat=secretKey minLen=1 maxLen=253
        name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
        namespace	t=string pat=dns1123Label minLen=1 maxLen=63
       secretAccessKeySecretRef	t=object
        key	t=string pat=secretKey minLen=1 maxLen=253
        name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
        namespace	t=string pat=dns1123Label minLen=1 maxLen=63
       sessionTokenSecretRef	t=object
        key	t=string pat=secretKey minLen=1 maxLen=253
        name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
        namespace	t=string pat=dns1123Label minLen=1 maxLen=63
      vaultAwsIamServerID	t=string
      vaultRole	t=string
     jwt	t=object req=path
      kubernetesServiceAccountToken	t=object req=serviceAccountRef
       audiences	t=array
        []	t=string
       expirationSeconds	t=integer fmt=int64
       serviceAccountRef	t=object req=name
        audiences	t=array
         []	t=string
        name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
        namespace	t=string pat=dns1123Label minLen=1 maxLen=63
      path	t=string
      role	t=string
      secretRef	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
     kubernetes	t=object req=mountPath,role
      mountPath	t=string
      role	t=string
      secretRef	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
      serviceAccountRef	t=object req=name
       audiences	t=array
        []	t=string
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
     ldap	t=object req=path,username
      path	t=string
      secretRef	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
      username	t=string
     namespace	t=string
     tokenSecretRef	t=object
      key	t=string pat=secretKey minLen=1 maxLen=253
      name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
      namespace	t=string pat=dns1123Label minLen=1 maxLen=63
     userPass	t=object req=path,username
      path	t=string
      secretRef	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
      username	t=string
    caBundle	t=string fmt=byte
    caProvider	t=object req=name,type
     key	t=string pat=secretKey minLen=1 maxLen=253
     name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
     namespace	t=string pat=dns1123Label minLen=1 maxLen=63
     type	t=string enum=Secret|ConfigMap
    checkAndSet	t=object
     required	t=boolean
    forwardInconsistent	t=boolean
    headers	t=object
     {}	t=string
    namespace	t=string
    path	t=string
    readYourWrites	t=boolean
    server	t=string
    tls	t=object
     certSecretRef	t=object
      key	t=string pat=secretKey minLen=1 maxLen=253
      name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
      namespace	t=string pat=dns1123Label minLen=1 maxLen=63
     keySecretRef	t=object
      key	t=string pat=secretKey minLen=1 maxLen=253
      name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
      namespace	t=string pat=dns1123Label minLen=1 maxLen=63
    version	t=string enum=v1|v2
   volcengine	t=object req=region
    auth	t=object
     secretRef	t=object req=accessKeyID,secretAccessKey
      accessKeyID	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
      secretAccessKey	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
      token	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
    region	t=string
   webhook	t=object req=url
    auth	t=object minProps=1 maxProps=1
     ntlm	t=object req=passwordSecret,usernameSecret
      passwordSecret	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
      usernameSecret	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
    body	t=string
    caBundle	t=string fmt=byte
    caProvider	t=object req=name,type
     key	t=string pat=secretKey minLen=1 maxLen=253
     name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
     namespace	t=string pat=dns1123Label minLen=1 maxLen=63
     type	t=string enum=Secret|ConfigMap
    headers	t=object
     {}	t=string
    method	t=string
    result	t=object
     jsonPath	t=string
    secrets	t=array
     []	t=object req=name,secretRef
      name	t=string
      secretRef	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
    timeout	t=string
    url	t=string
   yandexcertificatemanager	t=object req=auth
    apiEndpoint	t=string
    auth	t=object
     authorizedKeySecretRef	t=object
      key	t=string pat=secretKey minLen=1 maxLen=253
      name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
      namespace	t=string pat=dns1123Label minLen=1 maxLen=63
    caProvider	t=object
     certSecretRef	t=object
      key	t=string pat=secretKey minLen=1 maxLen=253
      name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
      namespace	t=string pat=dns1123Label minLen=1 maxLen=63
    fetching	t=object minProps=1 maxProps=1
     byID	t=object
     byName	t=object req=folderID
      folderID	t=string
   yandexlockbox	t=object req=auth
    apiEndpoint	t=string
    auth	t=object
     authorizedKeySecretRef	t=object
      key	t=string pat=secretKey minLen=1 maxLen=253
      name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
      namespace	t=string pat=dns1123Label minLen=1 maxLen=63
    caProvider	t=object
     certSecretRef	t=object
      key	t=string pat=secretKey minLen=1 maxLen=253
      name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
      namespace	t=string pat=dns1123Label minLen=1 maxLen=63
    fetching	t=object minProps=1 maxProps=1
     byID	t=object
     byName	t=object req=folderID
      folderID	t=string
  refreshInterval	t=intstr
  retrySettings	t=object
   maxRetries	t=integer fmt=int32
   retryInterval	t=string
"""#),
        ("ClusterSecretStore", "v1beta1", #"""
$	t=object
 spec	t=object req=provider
  conditions	t=array
   []	t=object
    namespaceRegexes	t=array
     []	t=string
    namespaceSelector	t=object
     matchExpressions	t=array
      []	t=object req=key,operator
       key	t=string
       operator	t=string
       values	t=array
        []	t=string
     matchLabels	t=object
      {}	t=string
    namespaces	t=array
     []	t=string pat=dns1123Label minLen=1 maxLen=63
  controller	t=string
  provider	t=object minProps=1 maxProps=1
   akeyless	t=object req=akeylessGWApiURL,authSecretRef
    akeylessGWApiURL	t=string
    authSecretRef	t=object
     kubernetesAuth	t=object req=accessID,k8sConfName
      accessID	t=string
      k8sConfName	t=string
      secretRef	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
      serviceAccountRef	t=object req=name
       audiences	t=array
        []	t=string
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
     secretRef	t=object
      accessID	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
      accessType	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
      accessTypeParam	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
    caBundle	t=string fmt=byte
    caProvider	t=object req=name,type
     key	t=string pat=secretKey minLen=1 maxLen=253
     name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
     namespace	t=string pat=dns1123Label minLen=1 maxLen=63
     type	t=string enum=Secret|ConfigMap
   alibaba	t=object req=auth,regionID
    auth	t=object
     rrsa	t=object req=oidcProviderArn,oidcTokenFilePath,roleArn,sessionName
      oidcProviderArn	t=string
      oidcTokenFilePath	t=string
      roleArn	t=string
      sessionName	t=string
     secretRef	t=object req=accessKeyIDSecretRef,accessKeySecretSecretRef
      accessKeyIDSecretRef	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
      accessKeySecretSecretRef	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
    regionID	t=string
   aws	t=object req=region,service
    additionalRoles	t=array
     []	t=string
    auth	t=object
     jwt	t=object
      serviceAccountRef	t=object req=name
       audiences	t=array
        []	t=string
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
     secretRef	t=object
      accessKeyIDSecretRef	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
      secretAccessKeySecretRef	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
      sessionTokenSecretRef	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
    externalID	t=string
    prefix	t=string
    region	t=string
    role	t=string
    secretsManager	t=object
     forceDeleteWithoutRecovery	t=boolean
     recoveryWindowInDays	t=integer fmt=int64
    service	t=string enum=SecretsManager|ParameterStore
    sessionTags	t=array
     []	t=object req=key,value
      key	t=string
      value	t=string
    transitiveTagKeys	t=array
     []	t=string
   azurekv	t=object req=vaultUrl
    authSecretRef	t=object
     clientCertificate	t=object
      key	t=string pat=secretKey minLen=1 maxLen=253
      name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
      namespace	t=string pat=dns1123Label minLen=1 maxLen=63
     clientId	t=object
      key	t=string pat=secretKey minLen=1 maxLen=253
      name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
      namespace	t=string pat=dns1123Label minLen=1 maxLen=63
     clientSecret	t=object
      key	t=string pat=secretKey minLen=1 maxLen=253
      name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
      namespace	t=string pat=dns1123Label minLen=1 maxLen=63
     tenantId	t=object
      key	t=string pat=secretKey minLen=1 maxLen=253
      name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
      namespace	t=string pat=dns1123Label minLen=1 maxLen=63
    authType	t=string enum=ServicePrincipal|ManagedIdentity|WorkloadIdentity
    environmentType	t=string enum=PublicCloud|USGovernmentCloud|ChinaCloud|GermanCloud
    identityId	t=string
    serviceAccountRef	t=object req=name
     audiences	t=array
      []	t=string
     name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
     namespace	t=string pat=dns1123Label minLen=1 maxLen=63
    tenantId	t=string
    vaultUrl	t=string
   beyondtrust	t=object req=auth,server
    auth	t=object
     apiKey	t=object
      secretRef	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
      value	t=string
     certificate	t=object
      secretRef	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
      value	t=string
     certificateKey	t=object
      secretRef	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
      value	t=string
     clientId	t=object
      secretRef	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
      value	t=string
     clientSecret	t=object
      secretRef	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
      value	t=string
    server	t=object req=apiUrl,verifyCA
     apiUrl	t=string
     apiVersion	t=string
     clientTimeOutSeconds	t=integer
     decrypt	t=boolean
     retrievalType	t=string
     separator	t=string
     verifyCA	t=boolean
   bitwardensecretsmanager	t=object req=auth,organizationID,projectID
    apiURL	t=string
    auth	t=object req=secretRef
     secretRef	t=object req=credentials
      credentials	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
    bitwardenServerSDKURL	t=string
    caBundle	t=string
    caProvider	t=object req=name,type
     key	t=string pat=secretKey minLen=1 maxLen=253
     name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
     namespace	t=string pat=dns1123Label minLen=1 maxLen=63
     type	t=string enum=Secret|ConfigMap
    identityURL	t=string
    organizationID	t=string
    projectID	t=string
   chef	t=object req=auth,serverUrl,username
    auth	t=object req=secretRef
     secretRef	t=object req=privateKeySecretRef
      privateKeySecretRef	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
    serverUrl	t=string
    username	t=string
   cloudrusm	t=object req=auth
    auth	t=object
     secretRef	t=object req=accessKeyIDSecretRef,accessKeySecretSecretRef
      accessKeyIDSecretRef	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
      accessKeySecretSecretRef	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
    projectID	t=string
   conjur	t=object req=auth,url
    auth	t=object
     apikey	t=object req=account,apiKeyRef,userRef
      account	t=string
      apiKeyRef	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
      userRef	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
     jwt	t=object req=account,serviceID
      account	t=string
      hostId	t=string
      secretRef	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
      serviceAccountRef	t=object req=name
       audiences	t=array
        []	t=string
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
      serviceID	t=string
    caBundle	t=string
    caProvider	t=object req=name,type
     key	t=string pat=secretKey minLen=1 maxLen=253
     name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
     namespace	t=string pat=dns1123Label minLen=1 maxLen=63
     type	t=string enum=Secret|ConfigMap
    url	t=string
   delinea	t=object req=clientId,clientSecret,tenant
    clientId	t=object
     secretRef	t=object
      key	t=string pat=secretKey minLen=1 maxLen=253
      name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
      namespace	t=string pat=dns1123Label minLen=1 maxLen=63
     value	t=string
    clientSecret	t=object
     secretRef	t=object
      key	t=string pat=secretKey minLen=1 maxLen=253
      name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
      namespace	t=string pat=dns1123Label minLen=1 maxLen=63
     value	t=string
    tenant	t=string
    tld	t=string
    urlTemplate	t=string
   device42	t=object req=auth,host
    auth	t=object req=secretRef
     secretRef	t=object
      credentials	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
    host	t=string
   doppler	t=object req=auth
    auth	t=object req=secretRef
     secretRef	t=object req=dopplerToken
      dopplerToken	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
    config	t=string
    format	t=string enum=json|dotnet-json|env|yaml|docker
    nameTransformer	t=string enum=upper-camel|camel|lower-snake|tf-var|dotnet-env|lower-kebab
    project	t=string
   fake	t=object req=data
    data	t=array
     []	t=object req=key,value
      key	t=string
      value	t=string
      version	t=string
   fortanix	t=object
    apiKey	t=object
     secretRef	t=object
      key	t=string pat=secretKey minLen=1 maxLen=253
      name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
      namespace	t=string pat=dns1123Label minLen=1 maxLen=63
    apiUrl	t=string
   gcpsm	t=object
    auth	t=object
     secretRef	t=object
      secretAccessKeySecretRef	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
     workloadIdentity	t=object req=serviceAccountRef
      clusterLocation	t=string
      clusterName	t=string
      clusterProjectID	t=string
      serviceAccountRef	t=object req=name
       audiences	t=array
        []	t=string
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
    location	t=string
    projectID	t=string
   github	t=object req=appID,auth,installationID,organization
    appID	t=integer fmt=int64
    auth	t=object req=privateKey
     privateKey	t=object
      key	t=string pat=secretKey minLen=1 maxLen=253
      name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
      namespace	t=string pat=dns1123Label minLen=1 maxLen=63
    environment	t=string
    installationID	t=integer fmt=int64
    organization	t=string
    repository	t=string
    uploadURL	t=string
    url	t=string
   gitlab	t=object req=auth
    auth	t=object req=SecretRef
     SecretRef	t=object
      accessToken	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
    caBundle	t=string fmt=byte
    caProvider	t=object req=name,type
     key	t=string pat=secretKey minLen=1 maxLen=253
     name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
     namespace	t=string pat=dns1123Label minLen=1 maxLen=63
     type	t=string enum=Secret|ConfigMap
    environment	t=string
    groupIDs	t=array
     []	t=string
    inheritFromGroups	t=boolean
    projectID	t=string
    url	t=string
   ibm	t=object req=auth
    auth	t=object minProps=1 maxProps=1
     containerAuth	t=object req=profile
      iamEndpoint	t=string
      profile	t=string
      tokenLocation	t=string
     secretRef	t=object
      secretApiKeySecretRef	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
    serviceUrl	t=string
   infisical	t=object req=auth,secretsScope
    auth	t=object
     universalAuthCredentials	t=object req=clientId,clientSecret
      clientId	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
      clientSecret	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
    hostAPI	t=string
    secretsScope	t=object req=environmentSlug,projectSlug
     environmentSlug	t=string
     expandSecretReferences	t=boolean
     projectSlug	t=string
     recursive	t=boolean
     secretsPath	t=string
   keepersecurity	t=object req=authRef,folderID
    authRef	t=object
     key	t=string pat=secretKey minLen=1 maxLen=253
     name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
     namespace	t=string pat=dns1123Label minLen=1 maxLen=63
    folderID	t=string
   kubernetes	t=object
    auth	t=object minProps=1 maxProps=1
     cert	t=object
      clientCert	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
      clientKey	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
     serviceAccount	t=object req=name
      audiences	t=array
       []	t=string
      name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
      namespace	t=string pat=dns1123Label minLen=1 maxLen=63
     token	t=object
      bearerToken	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
    authRef	t=object
     key	t=string pat=secretKey minLen=1 maxLen=253
     name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
     namespace	t=string pat=dns1123Label minLen=1 maxLen=63
    remoteNamespace	t=string pat=dns1123Label minLen=1 maxLen=63
    server	t=object
     caBundle	t=string fmt=byte
     caProvider	t=object req=name,type
      key	t=string pat=secretKey minLen=1 maxLen=253
      name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
      namespace	t=string pat=dns1123Label minLen=1 maxLen=63
      type	t=string enum=Secret|ConfigMap
     url	t=string
   onboardbase	t=object req=apiHost,auth,environment,project
    apiHost	t=string
    auth	t=object req=apiKeyRef,passcodeRef
     apiKeyRef	t=object
      key	t=string pat=secretKey minLen=1 maxLen=253
      name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
      namespace	t=string pat=dns1123Label minLen=1 maxLen=63
     passcodeRef	t=object
      key	t=string pat=secretKey minLen=1 maxLen=253
      name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
      namespace	t=string pat=dns1123Label minLen=1 maxLen=63
    environment	t=string
    project	t=string
   onepassword	t=object req=auth,connectHost,vaults
    auth	t=object req=secretRef
     secretRef	t=object req=connectTokenSecretRef
      connectTokenSecretRef	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
    connectHost	t=string
    vaults	t=object
     {}	t=integer
   oracle	t=object req=region,vault
    auth	t=object req=secretRef,tenancy,user
     secretRef	t=object req=fingerprint,privatekey
      fingerprint	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
      privatekey	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
     tenancy	t=string
     user	t=string
    compartment	t=string
    encryptionKey	t=string
    principalType	t=string enum=|UserPrincipal|InstancePrincipal|Workload
    region	t=string
    serviceAccountRef	t=object req=name
     audiences	t=array
      []	t=string
     name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
     namespace	t=string pat=dns1123Label minLen=1 maxLen=63
    vault	t=string
   passbolt	t=object req=auth,host
    auth	t=object req=passwordSecretRef,privateKeySecretRef
     passwordSecretRef	t=object
      key	t=string pat=secretKey minLen=1 maxLen=253
      name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
      namespace	t=string pat=dns1123Label minLen=1 maxLen=63
     privateKeySecretRef	t=object
      key	t=string pat=secretKey minLen=1 maxLen=253
      name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
      namespace	t=string pat=dns1123Label minLen=1 maxLen=63
    host	t=string
   passworddepot	t=object req=auth,database,host
    auth	t=object req=secretRef
     secretRef	t=object
      credentials	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
    database	t=string
    host	t=string
   previder	t=object req=auth
    auth	t=object
     secretRef	t=object req=accessToken
      accessToken	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
    baseUri	t=string
   pulumi	t=object req=accessToken,environment,organization,project
    accessToken	t=object
     secretRef	t=object
      key	t=string pat=secretKey minLen=1 maxLen=253
      name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
      namespace	t=string pat=dns1123Label minLen=1 maxLen=63
    apiUrl	t=string
    environment	t=string
    organization	t=string
    project	t=string
   scaleway	t=object req=accessKey,projectId,region,secretKey
    accessKey	t=object
     secretRef	t=object
      key	t=string pat=secretKey minLen=1 maxLen=253
      name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
      namespace	t=string pat=dns1123Label minLen=1 maxLen=63
     value	t=string
    apiUrl	t=string
    projectId	t=string
    region	t=string
    secretKey	t=object
     secretRef	t=object
      key	t=string pat=secretKey minLen=1 maxLen=253
      name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
      namespace	t=string pat=dns1123Label minLen=1 maxLen=63
     value	t=string
   secretserver	t=object req=password,serverURL,username
    password	t=object
     secretRef	t=object
      key	t=string pat=secretKey minLen=1 maxLen=253
      name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
      namespace	t=string pat=dns1123Label minLen=1 maxLen=63
     value	t=string
    serverURL	t=string
    username	t=object
     secretRef	t=object
      key	t=string pat=secretKey minLen=1 maxLen=253
      name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
      namespace	t=string pat=dns1123Label minLen=1 maxLen=63
     value	t=string
   senhasegura	t=object req=auth,module,url
    auth	t=object req=clientId,clientSecretSecretRef
     clientId	t=string
     clientSecretSecretRef	t=object
      key	t=string pat=secretKey minLen=1 maxLen=253
      name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
      namespace	t=string pat=dns1123Label minLen=1 maxLen=63
    ignoreSslCertificate	t=boolean
    module	t=string
    url	t=string
   vault	t=object req=server
    auth	t=object
     appRole	t=object req=path,secretRef
      path	t=string
      roleId	t=string
      roleRef	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
      secretRef	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
     cert	t=object
      clientCert	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
      secretRef	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
     iam	t=object req=vaultRole
      externalID	t=string
      jwt	t=object
       serviceAccountRef	t=object req=name
        audiences	t=array
         []	t=string
        name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
        namespace	t=string pat=dns1123Label minLen=1 maxLen=63
      path	t=string
      region	t=string
      role	t=string
      secretRef	t=object
       accessKeyIDSecretRef	t=object
        key	t=string pat=secretKey minLen=1 maxLen=253
        name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
        namespace	t=string pat=dns1123Label minLen=1 maxLen=63
       secretAccessKeySecretRef	t=object
        key	t=string pat=secretKey minLen=1 maxLen=253
        name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
        namespace	t=string pat=dns1123Label minLen=1 maxLen=63
       sessionTokenSecretRef	t=object
        key	t=string pat=secretKey minLen=1 maxLen=253
        name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
        namespace	t=string pat=dns1123Label minLen=1 maxLen=63
      vaultAwsIamServerID	t=string
      vaultRole	t=string
     jwt	t=object req=path
      kubernetesServiceAccountToken	t=object req=serviceAccountRef
       audiences	t=array
        []	t=string
       expirationSeconds	t=integer fmt=int64
       serviceAccountRef	t=object req=name
        audiences	t=array
         []	t=string
        name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
        namespace	t=string pat=dns1123Label minLen=1 maxLen=63
      path	t=string
      role	t=string
      secretRef	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
     kubernetes	t=object req=mountPath,role
      mountPath	t=string
      role	t=string
      secretRef	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
      serviceAccountRef	t=object req=name
       audiences	t=array
        []	t=string
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
     ldap	t=object req=path,username
      path	t=string
      secretRef	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
      username	t=string
     namespace	t=string
     tokenSecretRef	t=object
      key	t=string pat=secretKey minLen=1 maxLen=253
      name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
      namespace	t=string pat=dns1123Label minLen=1 maxLen=63
     userPass	t=object req=path,username
      path	t=string
      secretRef	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
      username	t=string
    caBundle	t=string fmt=byte
    caProvider	t=object req=name,type
     key	t=string pat=secretKey minLen=1 maxLen=253
     name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
     namespace	t=string pat=dns1123Label minLen=1 maxLen=63
     type	t=string enum=Secret|ConfigMap
    forwardInconsistent	t=boolean
    headers	t=object
     {}	t=string
    namespace	t=string
    path	t=string
    readYourWrites	t=boolean
    server	t=string
    tls	t=object
     certSecretRef	t=object
      key	t=string pat=secretKey minLen=1 maxLen=253
      name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
      namespace	t=string pat=dns1123Label minLen=1 maxLen=63
     keySecretRef	t=object
      key	t=string pat=secretKey minLen=1 maxLen=253
      name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
      namespace	t=string pat=dns1123Label minLen=1 maxLen=63
    version	t=string enum=v1|v2
   webhook	t=object req=result,url
    auth	t=object minProps=1 maxProps=1
     ntlm	t=object req=passwordSecret,usernameSecret
      passwordSecret	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
      usernameSecret	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
    body	t=string
    caBundle	t=string fmt=byte
    caProvider	t=object req=name,type
     key	t=string pat=secretKey minLen=1 maxLen=253
     name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
     namespace	t=string pat=dns1123Label minLen=1 maxLen=63
     type	t=string enum=Secret|ConfigMap
    headers	t=object
     {}	t=string
    method	t=string
    result	t=object
     jsonPath	t=string
    secrets	t=array
     []	t=object req=name,secretRef
      name	t=string
      secretRef	t=object
       key	t=string pat=secretKey minLen=1 maxLen=253
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
       namespace	t=string pat=dns1123Label minLen=1 maxLen=63
    timeout	t=string
    url	t=string
   yandexcertificatemanager	t=object req=auth
    apiEndpoint	t=string
    auth	t=object
     authorizedKeySecretRef	t=object
      key	t=string pat=secretKey minLen=1 maxLen=253
      name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
      namespace	t=string pat=dns1123Label minLen=1 maxLen=63
    caProvider	t=object
     certSecretRef	t=object
      key	t=string pat=secretKey minLen=1 maxLen=253
      name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
      namespace	t=string pat=dns1123Label minLen=1 maxLen=63
   yandexlockbox	t=object req=auth
    apiEndpoint	t=string
    auth	t=object
     authorizedKeySecretRef	t=object
      key	t=string pat=secretKey minLen=1 maxLen=253
      name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
      namespace	t=string pat=dns1123Label minLen=1 maxLen=63
    caProvider	t=object
     certSecretRef	t=object
      key	t=string pat=secretKey minLen=1 maxLen=253
      name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
      namespace	t=string pat=dns1123Label minLen=1 maxLen=63
  refreshInterval	t=integer
  retrySettings	t=object
   maxRetries	t=integer fmt=int32
   retryInterval	t=string
"""#),
        ("PushSecret", "v1alpha1", #"""
$	t=object
 spec	t=object req=secretStoreRefs,selector
  data	t=array
   []	t=object req=match
    conversionStrategy	t=string enum=None|ReverseUnicode
    match	t=object req=remoteRef
     remoteRef	t=object req=remoteKey
      property	t=string
      remoteKey	t=string
     secretKey	t=string
    metadata	t=any preserve
  dataTo	t=array
   []	t=object cel=storeRefNameOrSelector cel=remoteKeyXorRewrite
    conversionStrategy	t=string enum=None|ReverseUnicode
    match	t=object
     regexp	t=string
    metadata	t=any preserve
    remoteKey	t=string
    rewrite	t=array
     []	t=object cel=exactlyOne:regexp,transform
      regexp	t=object req=source,target
       source	t=string
       target	t=string
      transform	t=object req=template
       template	t=string
    storeRef	t=object
     kind	t=string enum=SecretStore|ClusterSecretStore
     labelSelector	t=object
      matchExpressions	t=array
       []	t=object req=key,operator
        key	t=string
        operator	t=string
        values	t=array
         []	t=string
      matchLabels	t=object
       {}	t=string
     name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
  deletionPolicy	t=string enum=Delete|None
  refreshInterval	t=string
  secretStoreRefs	t=array
   []	t=object
    kind	t=string enum=SecretStore|ClusterSecretStore
    labelSelector	t=object
     matchExpressions	t=array
      []	t=object req=key,operator
       key	t=string
       operator	t=string
       values	t=array
        []	t=string
     matchLabels	t=object
      {}	t=string
    name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
  selector	t=object minProps=1 maxProps=1
   generatorRef	t=object req=kind,name
    apiVersion	t=string
    kind	t=string enum=ACRAccessToken|BeyondtrustWorkloadCredentialsDynamicSecret|ClusterGenerator|CloudsmithAccessToken|ECRAuthorizationToken|Fake|GCRAccessToken|GithubAccessToken|GitlabDeployToken|QuayAccessToken|Password|SSHKey|STSSessionToken|UUID|VaultDynamicSecret|Webhook|Grafana|MFA
    name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
   secret	t=object
    name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
    selector	t=object
     matchExpressions	t=array
      []	t=object req=key,operator
       key	t=string
       operator	t=string
       values	t=array
        []	t=string
     matchLabels	t=object
      {}	t=string
  template	t=object
   data	t=object
    {}	t=string
   engineVersion	t=string enum=v2
   mergePolicy	t=string enum=Replace|Merge
   metadata	t=object
    annotations	t=object
     {}	t=string
    finalizers	t=array
     []	t=string
    labels	t=object
     {}	t=string
   templateFrom	t=array
    []	t=object
     configMap	t=object req=items,name
      items	t=array
       []	t=object req=key
        key	t=string pat=secretKey minLen=1 maxLen=253
        templateAs	t=string enum=Values|KeysAndValues
      name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
     literal	t=string
     secret	t=object req=items,name
      items	t=array
       []	t=object req=key
        key	t=string pat=secretKey minLen=1 maxLen=253
        templateAs	t=string enum=Values|KeysAndValues
      name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
     target	t=string
     valuesDecodingStrategy	t=string enum=Auto|Base64|Base64URL|None
   type	t=string
  updatePolicy	t=string enum=Replace|IfNotExists
"""#),
        ("ClusterPushSecret", "v1alpha1", #"""
$	t=object
 spec	t=object req=pushSecretSpec
  namespaceSelectors	t=array
   []	t=object
    matchExpressions	t=array
     []	t=object req=key,operator
      key	t=string
      operator	t=string
      values	t=array
       []	t=string
    matchLabels	t=object
     {}	t=string
  pushSecretMetadata	t=object
   annotations	t=object
    {}	t=string
   labels	t=object
    {}	t=string
  pushSecretName	t=string pat=dns1123Subdomain minLen=1 maxLen=253
  pushSecretSpec	t=object req=secretStoreRefs,selector
   data	t=array
    []	t=object req=match
     conversionStrategy	t=string enum=None|ReverseUnicode
     match	t=object req=remoteRef
      remoteRef	t=object req=remoteKey
       property	t=string
       remoteKey	t=string
      secretKey	t=string
     metadata	t=any preserve
   dataTo	t=array
    []	t=object cel=storeRefNameOrSelector cel=remoteKeyXorRewrite
     conversionStrategy	t=string enum=None|ReverseUnicode
     match	t=object
      regexp	t=string
     metadata	t=any preserve
     remoteKey	t=string
     rewrite	t=array
      []	t=object cel=exactlyOne:regexp,transform
       regexp	t=object req=source,target
        source	t=string
        target	t=string
       transform	t=object req=template
        template	t=string
     storeRef	t=object
      kind	t=string enum=SecretStore|ClusterSecretStore
      labelSelector	t=object
       matchExpressions	t=array
        []	t=object req=key,operator
         key	t=string
         operator	t=string
         values	t=array
          []	t=string
       matchLabels	t=object
        {}	t=string
      name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
   deletionPolicy	t=string enum=Delete|None
   refreshInterval	t=string
   secretStoreRefs	t=array
    []	t=object
     kind	t=string enum=SecretStore|ClusterSecretStore
     labelSelector	t=object
      matchExpressions	t=array
       []	t=object req=key,operator
        key	t=string
        operator	t=string
        values	t=array
         []	t=string
      matchLabels	t=object
       {}	t=string
     name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
   selector	t=object minProps=1 maxProps=1
    generatorRef	t=object req=kind,name
     apiVersion	t=string
     kind	t=string enum=ACRAccessToken|BeyondtrustWorkloadCredentialsDynamicSecret|ClusterGenerator|CloudsmithAccessToken|ECRAuthorizationToken|Fake|GCRAccessToken|GithubAccessToken|GitlabDeployToken|QuayAccessToken|Password|SSHKey|STSSessionToken|UUID|VaultDynamicSecret|Webhook|Grafana|MFA
     name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
    secret	t=object
     name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
     selector	t=object
      matchExpressions	t=array
       []	t=object req=key,operator
        key	t=string
        operator	t=string
        values	t=array
         []	t=string
      matchLabels	t=object
       {}	t=string
   template	t=object
    data	t=object
     {}	t=string
    engineVersion	t=string enum=v2
    mergePolicy	t=string enum=Replace|Merge
    metadata	t=object
     annotations	t=object
      {}	t=string
     finalizers	t=array
      []	t=string
     labels	t=object
      {}	t=string
    templateFrom	t=array
     []	t=object
      configMap	t=object req=items,name
       items	t=array
        []	t=object req=key
         key	t=string pat=secretKey minLen=1 maxLen=253
         templateAs	t=string enum=Values|KeysAndValues
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
      literal	t=string
      secret	t=object req=items,name
       items	t=array
        []	t=object req=key
         key	t=string pat=secretKey minLen=1 maxLen=253
         templateAs	t=string enum=Values|KeysAndValues
       name	t=string pat=dns1123Subdomain minLen=1 maxLen=253
      target	t=string
      valuesDecodingStrategy	t=string enum=Auto|Base64|Base64URL|None
    type	t=string
   updatePolicy	t=string enum=Replace|IfNotExists
  refreshTime	t=string
"""#),
    ]
}
